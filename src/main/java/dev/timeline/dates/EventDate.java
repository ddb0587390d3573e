package dev.timeline.dates;

import dev.timeline.dates.DatePart.Kind;
import java.time.LocalDate;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * An event's date as EDTF (ISO 8601-2, Library of Congress EDTF), levels 0 and 1, and the span of days it may
 * cover. Immutable; {@link #parse} and {@link #toString} round-trip through the canonical EDTF form.
 *
 * <p>Accepted: {@code 2023}, {@code 2023-01}, {@code 2023-01-27}, negative years ({@code -0044}), two-digit
 * centuries ({@code 19}), date-times ({@code 2020-05-01T10:30:45-05:00}, covering the UTC day of the instant),
 * a qualifier at the end ({@code ?} uncertain, {@code ~} approximate, {@code %} both), unspecified digits
 * ({@code 201X}, {@code 20XX}, {@code XXXX}, {@code 2020-XX}, {@code 2020-05-XX}, {@code 2020-XX-XX},
 * {@code XXXX-XX}, {@code XXXX-XX-XX}), {@code Y}-years of 5 or more digits ({@code Y10000}), seasons
 * {@code 2020-21}..{@code 2020-24} (January–March .. October–December, as edtf.js counts them), and intervals
 * {@code start/end} whose ends are dates (optionally qualified), date-times, {@code ..} (open) or empty (unknown).
 * Qualifiers do not widen the span. Level 2 is refused with an {@link EdtfException} naming the feature.
 *
 * <p>An interval covers its start's first day to its end's last day (as edtf.js computes min and max). It is
 * refused only when it cannot happen: when its start's first day is after its end's last day (for two date-times,
 * when the start's instant is after the end's). So {@code 2020/2020} and {@code 2020-05/2020-05-20} are accepted,
 * {@code 2021/2020} is not; {@code 2047/2047-02} covers 2047-01-01..2047-02-28, as it cannot reach March.
 *
 * <p>Equality, hash code and order follow the canonical form: date-times are canonicalised to UTC with
 * milliseconds ({@code 2020-05-01T15:30:45.000Z}), so two texts naming the same instant are equal.
 */
public final class EventDate implements Comparable<EventDate> {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] SEASONS = {"spring", "summer", "autumn", "winter"};

    private final String text;
    private final DatePart start;
    private final DatePart end;
    private final LocalDateRange span;
    private final Precision precision;

    /**
     * The one place that checks invariants. {@code text} is the canonical form of {@code start} (and {@code end},
     * when it is an interval); the parser guarantees that, this checks the rest.
     */
    EventDate(String text, DatePart start, DatePart end) {
        this.text = Objects.requireNonNull(text, "text");
        this.start = Objects.requireNonNull(start, "start");
        this.end = end;
        if (end == null) {
            if (!start.bounded()) {
                throw new IllegalArgumentException("a date that is not an interval must be bounded: " + text);
            }
            this.span = LocalDateRange.ofClosed(start.first(), start.last());
            this.precision = start.precision();
        } else {
            if (!DatePart.inOrder(start, end)) {
                throw new IllegalArgumentException("interval out of order: " + text);
            }
            if (start.bounded() && end.bounded()) {
                this.span = LocalDateRange.ofClosed(start.first(), end.last());
            } else if (start.bounded()) {
                this.span = LocalDateRange.ofUnboundedEnd(start.first());
            } else if (end.bounded()) {
                this.span = LocalDateRange.ofUnboundedStart(end.last().plusDays(1));
            } else {
                this.span = LocalDateRange.ofUnbounded();
            }
            this.precision = coarsestKnown(start, end);
        }
    }

    private static Precision coarsestKnown(DatePart start, DatePart end) {
        if (!start.bounded()) {
            return end.precision();
        }
        if (!end.bounded()) {
            return start.precision();
        }
        return start.precision().compareTo(end.precision()) >= 0 ? start.precision() : end.precision();
    }

    /**
     * Parses EDTF level 0 or level 1 text.
     *
     * @param text the EDTF text, without surrounding whitespace
     * @return the date, not null
     * @throws EdtfException when the text is not EDTF, names an impossible date, or uses a level 2 feature; its
     *     message says what is wrong and the expected form, its {@link EdtfException#index()} where
     * @throws NullPointerException when {@code text} is null
     */
    public static EventDate parse(CharSequence text) {
        return EdtfParser.parse(text.toString());
    }

    /**
     * The single day {@code date}, at day precision, as {@code YYYY-MM-DD}.
     *
     * @param date the day, not null
     * @return the date, not null
     * @throws IllegalArgumentException when the year is outside -9999..9999, which {@code YYYY-MM-DD} cannot write
     * @throws NullPointerException when {@code date} is null
     */
    public static EventDate of(LocalDate date) {
        int year = date.getYear();
        if (year < -9999 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is outside -9999..9999, which YYYY-MM-DD can write");
        }
        StringBuilder b = new StringBuilder(11);
        EdtfParser.appendYear(b, year);
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        b.append(month < 10 ? "-0" : "-").append(month).append(day < 10 ? "-0" : "-").append(day);
        return new EventDate(b.toString(), DatePart.day(year, month, day, DatePart.NO_QUALIFIER), null);
    }

    /**
     * The days this date may cover; an open or unknown interval end is unbounded on that side (its start is then
     * {@link LocalDate#MIN}, its end {@link LocalDate#MAX}, as {@link LocalDateRange} stores unbounded ranges).
     *
     * @return the range, never empty, not null
     */
    public LocalDateRange span() {
        return span;
    }

    /** The earliest day it may cover, {@link LocalDate#MIN} when unbounded. */
    public LocalDate earliest() {
        return span.getStart();
    }

    /** The latest day it may cover (inclusive), {@link LocalDate#MAX} when unbounded. */
    public LocalDate latest() {
        return span.getEndInclusive();
    }

    /**
     * The coarsest precision of its known parts: {@code 2020-05-XX} is {@link Precision#MONTH}, {@code 201X}
     * {@link Precision#DECADE}, {@code XXXX} {@link Precision#UNKNOWN}, a date-time {@link Precision#DAY}; an
     * interval the coarsest of its known ends ({@code 2021/..} is {@link Precision#YEAR}, {@code ../..}
     * {@link Precision#UNKNOWN}).
     */
    public Precision precision() {
        return precision;
    }

    /** True for {@code start/end}, including open and unknown ends. */
    public boolean isInterval() {
        return end != null;
    }

    /** True when any part is qualified as uncertain ({@code ?} or {@code %}). */
    public boolean isUncertain() {
        return start.uncertain() || end != null && end.uncertain();
    }

    /** True when any part is qualified as approximate ({@code ~} or {@code %}). */
    public boolean isApproximate() {
        return start.approximate() || end != null && end.approximate();
    }

    /** True when the span is unbounded before: an interval whose start is open ({@code ..}) or unknown (empty). */
    public boolean isOpenStart() {
        return end != null && !start.bounded();
    }

    /** True when the span is unbounded after: an interval whose end is open ({@code ..}) or unknown (empty). */
    public boolean isOpenEnd() {
        return end != null && !end.bounded();
    }

    /** True when any part has unspecified digits ({@code X}). */
    public boolean hasUnspecifiedDigits() {
        return start.mask() != DatePart.Mask.NONE || end != null && end.mask() != DatePart.Mask.NONE;
    }

    /**
     * The date with its precision in plain English, for people: {@code 2022-10} is "month: October 2022",
     * {@code 2023-03-30~} "day: about 30 March 2023", {@code 2021/..} "year: from 2021, open-ended".
     *
     * @return the description, not null
     */
    public String describe() {
        StringBuilder b = new StringBuilder(40).append(precision.id()).append(": ");
        if (end == null) {
            return describe(b, start).toString();
        }
        if (start.bounded() && end.bounded()) {
            return describe(describe(b, start).append(" to "), end).toString();
        }
        if (start.bounded()) {
            return describe(b.append("from "), start)
                    .append(end.kind() == Kind.OPEN ? ", open-ended" : ", end unknown").toString();
        }
        if (end.bounded()) {
            return describe(b.append("up to "), end)
                    .append(start.kind() == Kind.OPEN ? ", open start" : ", start unknown").toString();
        }
        return b.append(start.kind() == Kind.OPEN ? "open start" : "start unknown")
                .append(end.kind() == Kind.OPEN ? ", open-ended" : ", end unknown").toString();
    }

    private static StringBuilder describe(StringBuilder b, DatePart part) {
        switch (part.qualifier()) {
            case '?' -> b.append("possibly ");
            case '~' -> b.append("about ");
            case '%' -> b.append("possibly about ");
            default -> {
            }
        }
        int year = part.year();
        switch (part.kind()) {
            case DATE_TIME -> {
                long millisOfDay = Math.floorMod(part.epochMilli(), DatePart.MILLIS_PER_DAY);
                b.append(part.day()).append(' ').append(monthName(part.month())).append(' ').append(year)
                        .append(" at ");
                String time = EdtfParser.formatDateTime(part.epochMilli());
                int t = time.indexOf('T');
                b.append(time, t + 1, millisOfDay % 1000 == 0 ? t + 9 : t + 13).append(" UTC");
            }
            case SEASON -> {
                b.append(SEASONS[part.month() - 21]).append(' ').append(year);
                if (part.month() == 24) {
                    b.append('–').append(String.format("%02d", Math.floorMod(year + 1, 100)));
                }
            }
            case CENTURY -> b.append("years ").append(part.first().getYear()).append(" to ")
                    .append(part.last().getYear());
            case LONG_YEAR -> b.append(year);
            case DATE -> {
                switch (part.mask()) {
                    case NONE -> {
                        if (part.day() != 0) {
                            b.append(part.day()).append(' ');
                        }
                        if (part.month() != 0) {
                            b.append(monthName(part.month())).append(' ');
                        }
                        b.append(year);
                    }
                    case YYYX -> {
                        int from = part.first().getYear();
                        if (from >= 0) {
                            b.append("the ").append(from).append('s');
                        } else {
                            b.append("years ").append(from).append(" to ").append(part.last().getYear());
                        }
                    }
                    case YYXX -> b.append("years ").append(part.first().getYear()).append(" to ")
                            .append(part.last().getYear());
                    case XXXX -> b.append("an unspecified year");
                    case XXXX_XX -> b.append("an unspecified month");
                    case XXXX_XX_XX -> b.append("an unspecified day");
                    case YYYY_XX -> b.append("some month of ").append(year);
                    case YYYY_XX_XX -> b.append("some day of ").append(year);
                    case YYYY_MM_XX -> b.append("some day of ").append(monthName(part.month())).append(' ')
                            .append(year);
                }
            }
            case OPEN, UNKNOWN -> throw new IllegalStateException("unbounded parts are described by the interval");
        }
        return b;
    }

    static String monthName(int month) {
        return MONTHS[month - 1];
    }

    /** By earliest day, then latest day, then canonical text; consistent with {@link #equals}. */
    @Override
    public int compareTo(EventDate other) {
        int c = earliest().compareTo(other.earliest());
        if (c == 0) {
            c = latest().compareTo(other.latest());
        }
        return c != 0 ? c : text.compareTo(other.text);
    }

    /** Equal when the canonical EDTF texts are equal. */
    @Override
    public boolean equals(Object obj) {
        return obj == this || obj instanceof EventDate other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The canonical EDTF text; {@link #parse} of it gives an equal date. */
    @Override
    public String toString() {
        return text;
    }
}
