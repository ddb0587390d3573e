package dev.timeline.dates;

import dev.timeline.text.TerminalText;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/**
 * A period of days as people type it for {@code --in}: a year ({@code 2023}), month ({@code 2023-03}), quarter
 * ({@code 2023-Q1}), ISO week ({@code 2023-W13}), day, any EDTF date or interval ({@code 2023-03-01/2023-04-15},
 * {@code 2023-03-01/..}, {@code ../2022-12-31}), or an ISO 8601 duration anchored at either end
 * ({@code 2023-03-20/P2W}, {@code P30D/2023-04-13}). Every bound typed is inclusive: {@code 2023-03/2023-04}
 * ends on April 30, {@code 2023-03-20/P2W} covers the 14 days from March 20 through April 2.
 *
 * <p>Immutable. {@link #parse} and {@link #toString} round-trip: the printed form is canonical (upper-case
 * {@code Q}/{@code W}, durations as {@link Period} prints them) and parses to an equal value.
 */
public final class PeriodExpression {

    /** The forms, for messages. */
    public static final String EXPECTED = "expected a year (2023), month (2023-03), quarter (2023-Q1), ISO week "
            + "(2023-W13), date (2023-03-28), EDTF interval (2023-03-01/2023-04-15, 2023-03-01/.., ../2022-12-31) or "
            + "a duration anchored at one end (2023-03-20/P2W, P30D/2023-04-13)";

    private static final Pattern QUARTER = Pattern.compile("(-?\\d{4})-[Qq]([1-4])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-[Ww](\\d{2})");
    private static final Pattern BAD_QUARTER = Pattern.compile("-?\\d{4}-[Qq]\\d+");
    private static final Pattern BAD_WEEK = Pattern.compile("\\d{4}-[Ww]\\d+");

    private final String text;
    private final LocalDateRange range;

    private PeriodExpression(String text, LocalDateRange range) {
        this.text = text;
        this.range = range;
    }

    /**
     * Parses a period as typed.
     *
     * @throws IllegalArgumentException with a one-line message naming what is wrong and the expected forms
     * @throws NullPointerException when {@code text} is null
     */
    public static PeriodExpression parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return parseChecked(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + TerminalText.line(text) + "' reaches beyond the supported years (" + e.getMessage()
                    + ")");
        }
    }

    private static PeriodExpression parseChecked(String text) {
        if (text.indexOf('/') < 0) {
            return parseInterval(text);
        }
        try {
            return parseInterval(text);
        } catch (IllegalArgumentException e) {
            // name the whole value, not only the end that was wrong
            throw e.getMessage().startsWith("'" + TerminalText.line(text) + "'") ? e
                    : new IllegalArgumentException("'" + TerminalText.line(text) + "': " + e.getMessage());
        }
    }

    private static PeriodExpression parseInterval(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            Single single = single(trimmed);
            return new PeriodExpression(single.text, single.range);
        }
        if (trimmed.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("'" + TerminalText.line(text) + "' has more than one '/'; " + EXPECTED);
        }
        String left = trimmed.substring(0, slash);
        String right = trimmed.substring(slash + 1);
        if (left.isEmpty() || right.isEmpty()) {
            throw new IllegalArgumentException("'" + TerminalText.line(text) + "' has an empty end; write '..' for an open end");
        }
        boolean leftDuration = isDuration(left);
        boolean rightDuration = isDuration(right);
        if (leftDuration && rightDuration) {
            throw new IllegalArgumentException("'" + TerminalText.line(text) + "' has a duration at both ends; anchor one end at a "
                    + "date, e.g. 2023-03-20/P2W");
        }
        if (rightDuration) {
            Single start = single(left, true);
            Period length = duration(right);
            LocalDate first = start.range.getStart();
            LocalDate end = first.plus(length);
            check(end.isAfter(first), text, "the duration must be longer than zero");
            return new PeriodExpression(start.text + "/" + length, LocalDateRange.of(first, end));
        }
        if (leftDuration) {
            Single end = single(right, true);
            Period length = duration(left);
            LocalDate endExclusive = end.range.getEnd();
            LocalDate first = endExclusive.minus(length);
            check(first.isBefore(endExclusive), text, "the duration must be longer than zero");
            return new PeriodExpression(length + "/" + end.text, LocalDateRange.of(first, endExclusive));
        }
        Single start = left.equals("..") ? null : single(left, true);
        Single end = right.equals("..") ? null : single(right, true);
        LocalDate first = start == null ? LocalDate.MIN : start.range.getStart();
        LocalDate endExclusive = end == null ? LocalDate.MAX : end.range.getEnd();
        if (!first.isBefore(endExclusive)) {
            throw new IllegalArgumentException("'" + TerminalText.line(text) + "' ends before it starts");
        }
        return new PeriodExpression((start == null ? ".." : start.text) + "/" + (end == null ? ".." : end.text),
                LocalDateRange.of(first, endExclusive));
    }

    /** The days covered; unbounded on an open side. */
    public LocalDateRange range() {
        return range;
    }

    /** The canonical form, which {@link #parse} reads back to an equal value. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PeriodExpression p && p.text.equals(text) && p.range.equals(range);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private record Single(String text, LocalDateRange range) {
    }

    private static Single single(String text) {
        return single(text, false);
    }

    private static Single single(String text, boolean insideInterval) {
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            YearQuarter q = YearQuarter.of(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
            return new Single(q.toString(), LocalDateRange.ofClosed(q.atDay(1), q.atEndOfQuarter()));
        }
        if (BAD_QUARTER.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + TerminalText.line(text) + "' is not a quarter: quarters are Q1 to Q4, e.g. 2023-Q1");
        }
        Matcher week = WEEK.matcher(text);
        if (week.matches()) {
            try {
                YearWeek w = YearWeek.of(Integer.parseInt(week.group(1)), Integer.parseInt(week.group(2)));
                return new Single(w.toString(), LocalDateRange.ofClosed(w.atDay(DayOfWeek.MONDAY),
                        w.atDay(DayOfWeek.SUNDAY)));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + TerminalText.line(text) + "' is not an ISO week: " + week.group(1) + " has weeks "
                        + "W01 to W" + (YearWeek.of(Integer.parseInt(week.group(1)), 1).is53WeekYear() ? 53 : 52) + ", e.g. "
                        + week.group(1) + "-W13");
            }
        }
        if (BAD_WEEK.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + TerminalText.line(text) + "' is not an ISO week: write two digits, e.g. 2023-W05");
        }
        try {
            EventDate date = EventDate.parse(text);
            if (date.isInterval()) {
                throw new IllegalArgumentException("'" + TerminalText.line(text) + "' is an interval inside an interval; " + EXPECTED);
            }
            return new Single(date.toString(), date.span());
        } catch (EdtfException e) {
            throw new IllegalArgumentException("'" + TerminalText.line(text) + "' is not a period: " + e.getMessage()
                    + (insideInterval || e.getMessage().contains("level 2") ? "" : "; " + EXPECTED));
        }
    }

    private static boolean isDuration(String text) {
        return !text.isEmpty() && (text.charAt(0) == 'P' || text.charAt(0) == 'p');
    }

    private static Period duration(String text) {
        try {
            Period period = Period.parse(text.toUpperCase(Locale.ROOT));
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("'" + TerminalText.line(text) + "' is not a positive duration; expected e.g. P2W, "
                        + "P30D, P1M or P1Y");
            }
            return period;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + TerminalText.line(text) + "' is not an ISO 8601 duration; expected e.g. P2W, P30D, "
                    + "P1M or P1Y (days, weeks, months, years)");
        }
    }

    private static void check(boolean condition, String text, String why) {
        if (!condition) {
            throw new IllegalArgumentException("'" + TerminalText.line(text) + "': " + why);
        }
    }
}
