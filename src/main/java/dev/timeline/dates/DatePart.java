package dev.timeline.dates;

import java.time.LocalDate;
import java.time.Year;

/**
 * One side of an {@link EventDate}: the date itself, or one end of an interval. The parser builds these through the
 * static factories, which compute the inclusive first and last day it may cover ({@code null} for an open or unknown
 * interval end).
 *
 * @param kind what sort of EDTF value it is
 * @param mask which digits are unspecified ({@code X}), {@link Mask#NONE} for none
 * @param precision how precisely it is known
 * @param qualifier {@code ?}, {@code ~}, {@code %}, or {@link #NO_QUALIFIER}
 * @param year the year; for a century the century number ({@code 19}); for a masked year unused
 * @param month 1..12, a season 21..24, or 0 when absent or unspecified
 * @param day 1..31, or 0 when absent or unspecified
 * @param epochMilli the instant of a {@link Kind#DATE_TIME}, else 0
 * @param first the first day it may cover, inclusive; null when open or unknown
 * @param last the last day it may cover, inclusive; null when open or unknown
 */
record DatePart(Kind kind, Mask mask, Precision precision, char qualifier, int year, int month, int day,
        long epochMilli, LocalDate first, LocalDate last) {

    static final char NO_QUALIFIER = 0;

    /** The sorts of EDTF value one side can be. */
    enum Kind {
        /** {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, possibly qualified or with X digits. */
        DATE,
        /** {@code YYYY-MM-DDThh:mm:ss...}, resolved to the UTC instant. */
        DATE_TIME,
        /** {@code YYYY-21} .. {@code YYYY-24}. */
        SEASON,
        /** {@code YY}, level 0 two-digit century. */
        CENTURY,
        /** {@code Y12345}, a year of 5 or more digits. */
        LONG_YEAR,
        /** {@code ..}: an interval end known to be open. */
        OPEN,
        /** An empty interval end: not known. */
        UNKNOWN
    }

    /** Where the unspecified digits ({@code X}) are, in the level 1 forms. */
    enum Mask {
        NONE, YYYX, YYXX, XXXX, YYYY_XX, YYYY_MM_XX, YYYY_XX_XX, XXXX_XX, XXXX_XX_XX
    }

    static final DatePart OPEN = new DatePart(Kind.OPEN, Mask.NONE, Precision.UNKNOWN, NO_QUALIFIER, 0, 0, 0, 0,
            null, null);
    static final DatePart UNKNOWN = new DatePart(Kind.UNKNOWN, Mask.NONE, Precision.UNKNOWN, NO_QUALIFIER, 0, 0, 0,
            0, null, null);

    /** The year {@code year}, any qualifier. */
    static DatePart year(int year, char qualifier) {
        return new DatePart(Kind.DATE, Mask.NONE, Precision.YEAR, qualifier, year, 0, 0, 0,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The month {@code year-month}, any qualifier. */
    static DatePart yearMonth(int year, int month, char qualifier) {
        return new DatePart(Kind.DATE, Mask.NONE, Precision.MONTH, qualifier, year, month, 0, 0,
                LocalDate.of(year, month, 1), LocalDate.of(year, month, lengthOfMonth(year, month)));
    }

    /** The day {@code year-month-day}, any qualifier; the day must exist. */
    static DatePart day(int year, int month, int day, char qualifier) {
        LocalDate date = LocalDate.of(year, month, day);
        return new DatePart(Kind.DATE, Mask.NONE, Precision.DAY, qualifier, year, month, day, 0, date, date);
    }

    /** The instant {@code epochMilli}, covering its UTC day. */
    static DatePart dateTime(long epochMilli) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochMilli, MILLIS_PER_DAY));
        return new DatePart(Kind.DATE_TIME, Mask.NONE, Precision.DAY, NO_QUALIFIER, date.getYear(),
                date.getMonthValue(), date.getDayOfMonth(), epochMilli, date, date);
    }

    /**
     * The season {@code 21..24} of {@code year} as a northern-hemisphere meteorological season: 21 spring
     * (March–May), 22 summer (June–August), 23 autumn (September–November), 24 winter (December of {@code year} to
     * February of the next). EDTF level 1 names the seasons but not their months; edtf.js reads 21..24 as the four
     * quarters, which puts "spring" in January. We differ on purpose (see the README and EventDateCorpusTest).
     */
    static DatePart season(int year, int season) {
        LocalDate first = LocalDate.of(year, (season - 21) * 3 + 3, 1);
        LocalDate last = first.plusMonths(3).minusDays(1);
        return new DatePart(Kind.SEASON, Mask.NONE, Precision.SEASON, NO_QUALIFIER, year, season, 0, 0, first, last);
    }

    /** The two-digit century {@code century} (19 = 1900..1999, -1 = -100..-1). */
    static DatePart century(int century) {
        int from = century * 100;
        return new DatePart(Kind.CENTURY, Mask.NONE, Precision.CENTURY, NO_QUALIFIER, century, 0, 0, 0,
                LocalDate.of(from, 1, 1), LocalDate.of(from + 99, 12, 31));
    }

    /** The {@code Y}-prefixed year {@code year}. */
    static DatePart longYear(int year) {
        return new DatePart(Kind.LONG_YEAR, Mask.NONE, Precision.YEAR, NO_QUALIFIER, year, 0, 0, 0,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * A date with unspecified digits covering the years {@code fromYear..toYear} (both inclusive) or, for
     * {@link Mask#YYYY_MM_XX}, the month {@code month} of {@code fromYear}.
     */
    static DatePart masked(Mask mask, int fromYear, int toYear, int month) {
        Precision precision = switch (mask) {
            case YYYX -> Precision.DECADE;
            case YYXX -> Precision.CENTURY;
            case XXXX, XXXX_XX, XXXX_XX_XX -> Precision.UNKNOWN;
            case YYYY_XX, YYYY_XX_XX -> Precision.YEAR;
            case YYYY_MM_XX -> Precision.MONTH;
            case NONE -> throw new IllegalArgumentException("masked() needs a mask");
        };
        if (mask == Mask.YYYY_MM_XX) {
            return new DatePart(Kind.DATE, mask, precision, NO_QUALIFIER, fromYear, month, 0, 0,
                    LocalDate.of(fromYear, month, 1), LocalDate.of(fromYear, month, lengthOfMonth(fromYear, month)));
        }
        return new DatePart(Kind.DATE, mask, precision, NO_QUALIFIER, fromYear, 0, 0, 0, LocalDate.of(fromYear, 1, 1),
                LocalDate.of(toYear, 12, 31));
    }

    static final long MILLIS_PER_DAY = 86_400_000L;

    static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** True when it covers a known span of days (not an open or unknown interval end). */
    boolean bounded() {
        return first != null;
    }

    boolean uncertain() {
        return qualifier == '?' || qualifier == '%';
    }

    boolean approximate() {
        return qualifier == '~' || qualifier == '%';
    }

    /**
     * True when {@code start/end} is in time order: the start does not begin after the end's last day (for two
     * date-times: its instant is not after the end's). Open and unknown ends are always in order.
     */
    static boolean inOrder(DatePart start, DatePart end) {
        if (!start.bounded() || !end.bounded()) {
            return true;
        }
        if (start.kind == Kind.DATE_TIME && end.kind == Kind.DATE_TIME) {
            return start.epochMilli <= end.epochMilli;
        }
        return !start.first.isAfter(end.last);
    }
}
