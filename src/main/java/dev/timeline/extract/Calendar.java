package dev.timeline.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic against the publication date, to the precision the anchor has: a value is never finer
 * than both the expression and the anchor allow.
 */
final class Calendar {

    /** How many months after publication a bare month name is still read as upcoming rather than past. */
    static final int UPCOMING_MONTHS = 2;

    private final Anchor anchor;

    Calendar(Anchor anchor) {
        this.anchor = anchor;
    }

    Anchor anchor() {
        return anchor;
    }

    /**
     * The year of a month (and day) written without one: its last occurrence up to publication, or its next one
     * when the text speaks of the future or the month is at most {@link #UPCOMING_MONTHS} ahead. News announces
     * what is due ("payable Dec. 7" in November, "in January" in November) more often than it recalls a month
     * ten or eleven months back (measured on the TempEval-3 training data).
     */
    int yearOf(int month, int day, boolean future) {
        if (!anchor.hasMonth()) {
            return anchor.year();
        }
        int ahead = Math.floorMod(month - anchor.month(), 12);
        boolean forward = ahead == 0 || future || ahead <= UPCOMING_MONTHS;
        if (forward) {
            return month < anchor.month() ? anchor.year() + 1 : anchor.year();
        }
        return month > anchor.month() ? anchor.year() - 1 : anchor.year();
    }

    /** The day of a weekday named alone: the latest on or before publication, or in the future the next on or after. */
    LocalDate weekday(int isoDay, boolean future) {
        LocalDate d = anchor.date();
        if (d == null) {
            return null;
        }
        DayOfWeek dow = DayOfWeek.of(isoDay);
        return future ? d.with(TemporalAdjusters.nextOrSame(dow)) : d.with(TemporalAdjusters.previousOrSame(dow));
    }

    /** "last Friday" (step -1) or "next Friday" (step 1): strictly before or after publication. */
    LocalDate weekdayStep(int isoDay, int step) {
        LocalDate d = anchor.date();
        if (d == null) {
            return null;
        }
        DayOfWeek dow = DayOfWeek.of(isoDay);
        if (step == 0) {
            return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(dow));
        }
        return step < 0 ? d.with(TemporalAdjusters.previous(dow)) : d.with(TemporalAdjusters.next(dow));
    }

    /** The anchor's day shifted by {@code days}, as a value; at month or year precision when the anchor has no day. */
    String day(int days) {
        LocalDate d = anchor.date();
        return d == null ? anchor.toString() : d.plusDays(days).toString();
    }

    /** The value of the calendar unit ({@code Y M W D Q DE CE}) that holds the anchor shifted by {@code n} of it. */
    String unitValue(String unit, int n) {
        LocalDate base = anchor.date();
        LocalDate d = base != null ? base
                : LocalDate.of(anchor.year(), Math.max(1, anchor.month()), 1);
        switch (unit) {
            case "Y":
                return year(anchor.year() + n);
            case "DE":
                return Integer.toString((anchor.year() + 10 * n) / 10);
            case "CE":
                return Integer.toString((anchor.year() + 100 * n) / 100);
            case "Q": {
                if (!anchor.hasMonth()) {
                    return year(anchor.year()) + "-QX";
                }
                int q = (anchor.month() - 1) / 3 + n;
                int y = anchor.year() + Math.floorDiv(q, 4);
                return year(y) + "-Q" + (Math.floorMod(q, 4) + 1);
            }
            case "M": {
                if (!anchor.hasMonth()) {
                    return year(anchor.year()) + "-XX";
                }
                LocalDate m = LocalDate.of(anchor.year(), anchor.month(), 1).plusMonths(n);
                return year(m.getYear()) + "-" + two(m.getMonthValue());
            }
            case "W": {
                if (base == null) {
                    return year(anchor.year()) + "-WXX";
                }
                return week(base.plusWeeks(n));
            }
            case "WE": {
                if (base == null) {
                    return year(anchor.year()) + "-WXX-WE";
                }
                return week(base.plusWeeks(n)) + "-WE";
            }
            default:
                return base == null ? anchor.toString() : base.plusDays(n).toString();
        }
    }

    /** The quarter 1-4 the anchor falls in, 0 when it has no month. */
    int quarter() {
        return anchor.hasMonth() ? (anchor.month() - 1) / 3 + 1 : 0;
    }

    static String week(LocalDate d) {
        return year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** A year as four digits; a year before 0 or after 9999 (only from absurd arithmetic) as "-" + its digits. */
    static String year(int y) {
        return y < 0 ? "-" + Math.abs(y) : String.format("%04d", y);
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** Season index 0-3 (SP SU FA WI) and season year of a month: January and February are the previous winter. */
    static int[] seasonOf(int year, int month) {
        if (month <= 2) {
            return new int[] {year - 1, 3};
        }
        return new int[] {year, month == 12 ? 3 : (month - 3) / 3};
    }
}
