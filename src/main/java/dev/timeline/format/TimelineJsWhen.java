package dev.timeline.format;

import dev.timeline.dates.EventDate;
import dev.timeline.dates.Precision;
import java.time.LocalDate;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * Where an event goes on a TimelineJS3 timeline: a slide's {@code start_date}, {@code end_date} and
 * {@code display_date}, or an era's two ends. Dates are given only to the precision known; an interval gives each
 * end at its own precision.
 *
 * @param start   the start, never null
 * @param end     the end, or null when there is none (or it would equal the start, which TimelineJS drops anyway)
 * @param display the date in words for people, or null when TimelineJS's own rendering of the dates says it all
 */
record TimelineJsWhen(TimelineJsDate start, TimelineJsDate end, String display) {

    static final String DASH = " \u2013 ";

    /**
     * The slide dates of {@code date}, or empty when it has no known day at all ({@code XXXX}, {@code ../..}),
     * since a slide needs a start date.
     *
     * <p>A year, month or day is given as such. A season is given as its first and last months, a decade or a century as a pair of
     * years, each with the words in {@code display_date}. An open end gives the start only ("2021 – ongoing"); an
     * open start gives the end as the start date, the one point known ("until 2022"). Words are added whenever the
     * dates alone would say more or less than is known: uncertain, approximate, unspecified digits, season, decade,
     * century, a time of day, or an open end.
     */
    static Optional<TimelineJsWhen> slide(EventDate date) {
        if (!date.isInterval()) {
            if (date.precision() == Precision.UNKNOWN) {
                return Optional.empty();
            }
            boolean range = date.precision() == Precision.DECADE || date.precision() == Precision.CENTURY
                    || date.precision() == Precision.SEASON;
            return Optional.of(of(first(date), range ? last(date) : null, needsWords(date) ? words(date) : null));
        }
        Sides sides = Sides.of(date);
        EventDate from = sides.from();
        EventDate to = sides.to();
        if (from == null && to == null) {
            return Optional.empty();
        }
        if (to == null) {
            return Optional.of(of(first(from), null,
                    words(from) + (sides.openEnd() ? DASH + "ongoing" : DASH + "end unknown")));
        }
        if (from == null) {
            return Optional.of(of(last(to), null, "until " + words(to) + (sides.openStart() ? "" : ", start unknown")));
        }
        boolean needsWords = needsWords(from) || needsWords(to);
        return Optional.of(of(first(from), last(to), needsWords ? words(from) + DASH + words(to) : null));
    }

    /**
     * The two ends of the era for {@code date}, or empty when neither end is known. An open or unknown end is closed
     * at {@code known}, the first or last bounded day of the dataset's events (or, when that is null or does not
     * reach the era's known end, the era's own known day). When both ends would be the same date (a period within
     * one year, say), TimelineJS would drop the end and then reject the era, so such an era runs from the first to
     * the last day of its span (a one-day era: to the day after).
     *
     * @param known from the first to the last bounded day of the dataset's events, or null when it has none
     */
    static Optional<TimelineJsWhen> era(EventDate date, LocalDateRange known) {
        EventDate from;
        EventDate to;
        if (date.isInterval()) {
            Sides sides = Sides.of(date);
            from = sides.from();
            to = sides.to();
        } else {
            from = date.precision() == Precision.UNKNOWN ? null : date;
            to = from;
        }
        if (from == null && to == null) {
            return Optional.empty();
        }
        LocalDate firstDay = from != null ? from.earliest()
                : known == null || to.earliest().isBefore(known.getStart()) ? to.earliest() : known.getStart();
        LocalDate lastDay = to != null ? to.latest()
                : known == null || from.latest().isAfter(known.getEndInclusive()) ? from.latest()
                : known.getEndInclusive();
        TimelineJsDate start = from != null ? first(from) : TimelineJsDate.day(firstDay);
        TimelineJsDate end = to != null ? last(to) : TimelineJsDate.day(lastDay);
        if (start.equals(end)) {
            start = TimelineJsDate.day(firstDay);
            end = TimelineJsDate.day(lastDay.equals(firstDay) ? lastDay.plusDays(1) : lastDay);
        }
        return Optional.of(new TimelineJsWhen(start, end, null));
    }

    private static TimelineJsWhen of(TimelineJsDate start, TimelineJsDate end, String display) {
        return new TimelineJsWhen(start, start.equals(end) ? null : end, display);
    }

    private static TimelineJsDate first(EventDate date) {
        return TimelineJsDate.of(date.earliest(), slidePrecision(date));
    }

    private static TimelineJsDate last(EventDate date) {
        return TimelineJsDate.of(date.latest(), slidePrecision(date));
    }

    /** A season is given as its first and last months: its year alone would put winter 2023–24 in 2023 only. */
    private static Precision slidePrecision(EventDate date) {
        return date.precision() == Precision.SEASON ? Precision.MONTH : date.precision();
    }

    private static boolean needsWords(EventDate date) {
        return date.isUncertain() || date.isApproximate() || date.hasUnspecifiedDigits()
                || date.precision() == Precision.SEASON || date.precision() == Precision.DECADE
                || date.precision() == Precision.CENTURY || date.toString().indexOf('T') >= 0;
    }

    /** {@link EventDate#describe()} without its precision: "about 30 March 2023", "the 2010s", "spring 2020". */
    static String words(EventDate date) {
        String described = date.describe();
        return described.substring(described.indexOf(": ") + 2);
    }

    /**
     * The two ends of an interval as dates of their own (null when open, unknown, or of unknown precision like
     * {@code XXXX}), and whether a missing end is open ({@code ..}) rather than unknown (empty).
     */
    private record Sides(EventDate from, EventDate to, boolean openStart, boolean openEnd) {

        static Sides of(EventDate interval) {
            String text = interval.toString();
            int slash = text.indexOf('/');
            String start = text.substring(0, slash);
            String end = text.substring(slash + 1);
            return new Sides(side(start), side(end), start.equals(".."), end.equals(".."));
        }

        private static EventDate side(String text) {
            if (text.isEmpty() || text.equals("..")) {
                return null;
            }
            EventDate side = EventDate.parse(text);
            return side.precision() == Precision.UNKNOWN ? null : side;
        }
    }
}
