package dev.timeline.dates;

import dev.timeline.text.TerminalText;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threeten.extra.LocalDateRange;

/**
 * How far around a pivot to look: {@code 3d}, {@code 2w}, {@code 1m}, {@code 1y}, or an ISO 8601 period such as
 * {@code P10D}. Immutable; {@link #toString} gives the form that was typed, normalised to lower case.
 */
public final class Window {

    public static final String EXPECTED = "expected a number and a unit (3d, 2w, 1m, 1y) or an ISO 8601 period "
            + "(P10D)";

    private static final Pattern SHORT = Pattern.compile("(\\d{1,6})([dwmy])");

    private final String text;
    private final Period period;

    private Window(String text, Period period) {
        this.text = text;
        this.period = period;
    }

    /**
     * Parses a window as typed.
     *
     * @throws IllegalArgumentException naming the value and the expected forms
     */
    public static Window parse(String text) {
        Objects.requireNonNull(text, "text");
        String lower = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(lower);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            Period period = switch (m.group(2)) {
                case "d" -> Period.ofDays(n);
                case "w" -> Period.ofWeeks(n);
                case "m" -> Period.ofMonths(n);
                default -> Period.ofYears(n);
            };
            return new Window(lower, period);
        }
        if (lower.startsWith("p")) {
            try {
                Period period = Period.parse(lower.toUpperCase(Locale.ROOT));
                if (!period.isNegative()) {
                    return new Window(period.toString(), period);
                }
            } catch (DateTimeParseException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("'" + TerminalText.line(text) + "' is not a window; " + EXPECTED);
    }

    public Period period() {
        return period;
    }

    /** {@code span} widened by this window on both sides; unbounded sides stay unbounded. */
    public LocalDateRange around(LocalDateRange span) {
        LocalDate start = span.isUnboundedStart() ? LocalDate.MIN : span.getStart().minus(period);
        if (span.isUnboundedEnd()) {
            return LocalDateRange.ofUnboundedEnd(start);
        }
        return LocalDateRange.ofClosed(start, span.getEndInclusive().plus(period));
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Window w && w.period.equals(period);
    }

    @Override
    public int hashCode() {
        return period.hashCode();
    }
}
