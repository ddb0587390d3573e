package dev.timeline.index;

import java.time.LocalDate;

/**
 * A UCDP GED row's date, from {@code date_prec}, {@code date_start} and {@code date_end} (the earliest and latest
 * day UCDP allows), as EDTF. The codebook's precisions: 1 the exact day; 2 known within 2–6 days; 3 only the week;
 * 4 only the month (or 8–30 days); 5 only the year (or more than 30 days). So:
 *
 * <ul>
 * <li>1 is the day; 2 and 3 the interval {@code date_start/date_end};</li>
 * <li>4 is the month and 5 the year, <em>when the interval lies inside one</em>: UCDP says that is all it knows,
 * and the month or year covers every day of the interval, so nothing is claimed that UCDP does not;</li>
 * <li>an interval that does not fit that (a precision-4 row from 24 November to 24 December, a precision-1 row
 * whose ends differ) is kept as the interval: saying "2003-11" would leave out December, which UCDP allows.</li>
 * </ul>
 *
 * <p>Where the month or year is wider than the interval, the interval is kept in the event's note, so the
 * narrower bounds are not lost. Precision is never invented, and never silently thrown away.
 *
 * @param edtf  the EDTF text
 * @param first the first day it covers
 * @param last  the last day it covers
 * @param note  the note that keeps UCDP's own bounds when the EDTF is wider than them, else null
 */
record UcdpDates(String edtf, LocalDate first, LocalDate last, String note) {

    /**
     * The date of a row with precision {@code prec} (1–5) and bounds {@code start} ≤ {@code end}.
     *
     * @throws IllegalArgumentException when {@code prec} is not 1–5 or {@code end} is before {@code start}
     */
    static UcdpDates of(int prec, LocalDate start, LocalDate end) {
        if (prec < 1 || prec > 5) {
            throw new IllegalArgumentException("date_prec " + prec + " is not 1–5");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("date_end " + end + " is before date_start " + start);
        }
        if (start.equals(end)) {
            return new UcdpDates(start.toString(), start, end, null);
        }
        boolean oneMonth = start.getYear() == end.getYear() && start.getMonth() == end.getMonth();
        if (prec == 4 && oneMonth) {
            LocalDate first = start.withDayOfMonth(1);
            LocalDate last = start.withDayOfMonth(start.lengthOfMonth());
            return new UcdpDates(start.toString().substring(0, 7), first, last, note(prec, start, end, first, last));
        }
        if (prec == 5 && start.getYear() == end.getYear()) {
            LocalDate first = start.withDayOfYear(1);
            LocalDate last = start.withDayOfYear(start.lengthOfYear());
            return new UcdpDates(Integer.toString(start.getYear()), first, last, note(prec, start, end, first, last));
        }
        return new UcdpDates(start + "/" + end, start, end, null);
    }

    private static String note(int prec, LocalDate start, LocalDate end, LocalDate first, LocalDate last) {
        return start.equals(first) && end.equals(last) ? null
                : "UCDP date_prec " + prec + " (" + (prec == 4 ? "the month" : "the year") + "), between " + start
                        + " and " + end;
    }
}
