package dev.timeline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a document was published, to the precision it is known: a year, a month or a day. Relative
 * expressions are resolved against it, and never to more precision than it has ("yesterday" in an article known
 * only as "April 2023" is not a day).
 *
 * @param year  the year
 * @param month 1-12, or 0 when only the year is known
 * @param day   1-31, or 0 when only the year or month is known
 */
public record Anchor(int year, int month, int day) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T[\\d:.]+(?:Z|[+-][\\d:]+)?)?)?)?");

    public Anchor {
        if (month < 0 || month > 12 || day < 0 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("bad anchor " + year + "-" + month + "-" + day);
        }
        if (day > 0) {
            LocalDate.of(year, month, day);
        }
    }

    /**
     * Reads {@code 2023}, {@code 2023-04}, {@code 2023-04-05} (a time of day after it, as TimeML DCTs have, is
     * ignored).
     *
     * @throws IllegalArgumentException naming the value and the expected form when it is none of those
     */
    public static Anchor parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a publication date: expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        try {
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return new Anchor(Integer.parseInt(m.group(1)), month, day);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a calendar date: expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    public static Anchor of(LocalDate date) {
        return new Anchor(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    /** The day, when known; else null. */
    public LocalDate date() {
        return hasDay() ? LocalDate.of(year, month, day) : null;
    }

    /** The anchor as EDTF: {@code 2023}, {@code 2023-04} or {@code 2023-04-05}. */
    @Override
    public String toString() {
        if (!hasMonth()) {
            return String.format("%04d", year);
        }
        return hasDay() ? String.format("%04d-%02d-%02d", year, month, day) : String.format("%04d-%02d", year, month);
    }
}
