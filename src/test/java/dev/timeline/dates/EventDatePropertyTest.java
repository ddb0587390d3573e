package dev.timeline.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * Property tests in plain JUnit: seeded random round trips against an independent java.time oracle, and exhaustive
 * checks over small domains. The seed is printed; rerun a failure with {@code -Dtimeline.seed=<seed>}.
 */
class EventDatePropertyTest {

    private static final int CASES = 20_000;
    private static long seed;

    @BeforeAll
    static void seed() {
        seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("EventDatePropertyTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
    }

    /** A generated EDTF text and what java.time says it covers; null bounds are unbounded. */
    record Case(String text, LocalDate first, LocalDate last, Precision precision, char qualifier, Instant instant) {
        Case(String text, LocalDate first, LocalDate last, Precision precision, char qualifier) {
            this(text, first, last, precision, qualifier, null);
        }
    }

    @Test
    void randomDatesRoundTripAndMatchTheOracle() {
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            Case c = random.nextInt(4) == 0 ? interval(random) : single(random, false);
            EventDate date;
            try {
                date = EventDate.parse(c.text);
            } catch (EdtfException e) {
                throw new AssertionError("seed " + seed + ": '" + c.text + "' was refused: " + e.getMessage(), e);
            }
            String where = "seed " + seed + ": " + c.text;
            EventDate again = EventDate.parse(date.toString());
            assertThat(again).as(where).isEqualTo(date).hasSameHashCodeAs(date);
            assertThat(again.toString()).as(where).isEqualTo(date.toString());
            assertThat(again.compareTo(date)).as(where).isZero();
            if (!c.text.contains("T")) {
                assertThat(date.toString()).as(where + " canonical input prints as itself").isEqualTo(c.text);
            }
            assertThat(date.earliest()).as(where).isEqualTo(c.first == null ? LocalDate.MIN : c.first);
            assertThat(date.latest()).as(where).isEqualTo(c.last == null ? LocalDate.MAX : c.last);
            assertThat(date.earliest()).as(where).isBeforeOrEqualTo(date.latest());
            assertThat(date.precision()).as(where).isEqualTo(c.precision);
            if (!date.isInterval()) {
                assertThat(date.isUncertain()).as(where).isEqualTo(c.qualifier == '?' || c.qualifier == '%');
                assertThat(date.isApproximate()).as(where).isEqualTo(c.qualifier == '~' || c.qualifier == '%');
            } else {
                checkEnds(date, where);
            }
        }
    }

    /**
     * An interval's span runs from its start's first day to its end's last day and encloses every day of each end
     * that the interval can reach (a start of {@code 2047} with an end of {@code 2047-02} cannot reach March 2047,
     * so the span stops at February); an open or unknown end leaves it unbounded.
     */
    private static void checkEnds(EventDate date, String where) {
        String text = date.toString();
        int slash = text.indexOf('/');
        String start = text.substring(0, slash);
        String end = text.substring(slash + 1);
        LocalDateRange span = date.span();
        if (start.isEmpty() || start.equals("..")) {
            assertThat(date.isOpenStart()).as(where).isTrue();
            assertThat(span.isUnboundedStart()).as(where).isTrue();
        } else {
            EventDate s = EventDate.parse(start);
            LocalDate reach = s.latest().isBefore(date.latest()) ? s.latest() : date.latest();
            assertThat(span.encloses(LocalDateRange.ofClosed(s.earliest(), reach))).as(where + " encloses " + start)
                    .isTrue();
            assertThat(span.getStart()).as(where).isEqualTo(s.earliest());
        }
        if (end.isEmpty() || end.equals("..")) {
            assertThat(date.isOpenEnd()).as(where).isTrue();
            assertThat(span.isUnboundedEnd()).as(where).isTrue();
        } else {
            EventDate e = EventDate.parse(end);
            LocalDate reach = e.earliest().isAfter(date.earliest()) ? e.earliest() : date.earliest();
            assertThat(span.encloses(LocalDateRange.ofClosed(reach, e.latest()))).as(where + " encloses " + end)
                    .isTrue();
            assertThat(span.getEndInclusive()).as(where).isEqualTo(e.latest());
        }
    }

    private static Case single(Random random, boolean intervalEnd) {
        int kind = random.nextInt(intervalEnd ? 4 : 10);
        int year = randomYear(random);
        char q = intervalEnd || random.nextBoolean() ? 0 : "?~%".charAt(random.nextInt(3));
        String qs = q == 0 ? "" : String.valueOf(q);
        switch (kind) {
            case 0: {
                Year y = Year.of(year);
                return new Case(yyyy(year) + qs, y.atDay(1), y.atMonth(12).atEndOfMonth(), Precision.YEAR, q);
            }
            case 1: {
                YearMonth ym = YearMonth.of(year, 1 + random.nextInt(12));
                return new Case(yyyy(year) + "-" + mm(ym.getMonthValue()) + qs, ym.atDay(1), ym.atEndOfMonth(),
                        Precision.MONTH, q);
            }
            case 2: {
                LocalDate d = randomDay(random, year);
                return new Case(yyyy(year) + "-" + mm(d.getMonthValue()) + "-" + mm(d.getDayOfMonth()) + qs, d, d,
                        Precision.DAY, q);
            }
            case 3:
                return dateTime(random, year);
            case 4:
                return masked(random);
            case 5: {
                int season = 21 + random.nextInt(4);
                YearMonth firstMonth = YearMonth.of(year, (season - 21) * 3 + 3);
                return new Case(yyyy(year) + "-" + season, firstMonth.atDay(1),
                        firstMonth.plusMonths(2).atEndOfMonth(), Precision.SEASON, (char) 0);
            }
            case 6: {
                int century = random.nextInt(199) - 99;
                if (century == 0 && random.nextBoolean()) {
                    century = 1;
                }
                String text = (century < 0 ? "-" : "") + mm(Math.abs(century));
                return new Case(text, LocalDate.of(century * 100, 1, 1), LocalDate.of(century * 100 + 99, 12, 31),
                        Precision.CENTURY, (char) 0);
            }
            case 7: {
                int big = 10_000 + random.nextInt(999_999_998 - 10_000);
                int y = random.nextBoolean() ? big : -big;
                return new Case("Y" + y, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR, (char) 0);
            }
            default:
                return single(random, intervalEnd);
        }
    }

    private static Case masked(Random random) {
        int year = random.nextInt(10_000);
        Year y = Year.of(year);
        String digits = yyyy(year);
        switch (random.nextInt(8)) {
            case 0: {
                int from = year / 10 * 10;
                return new Case(digits.substring(0, 3) + "X", LocalDate.of(from, 1, 1), LocalDate.of(from + 9, 12, 31),
                        Precision.DECADE, (char) 0);
            }
            case 1: {
                int from = year / 100 * 100;
                return new Case(digits.substring(0, 2) + "XX", LocalDate.of(from, 1, 1),
                        LocalDate.of(from + 99, 12, 31), Precision.CENTURY, (char) 0);
            }
            case 2:
                return new Case(digits + "-XX", y.atDay(1), y.atMonth(12).atEndOfMonth(), Precision.YEAR, (char) 0);
            case 3: {
                YearMonth ym = y.atMonth(1 + random.nextInt(12));
                return new Case(digits + "-" + mm(ym.getMonthValue()) + "-XX", ym.atDay(1), ym.atEndOfMonth(),
                        Precision.MONTH, (char) 0);
            }
            case 4:
                return new Case(digits + "-XX-XX", y.atDay(1), y.atMonth(12).atEndOfMonth(), Precision.YEAR,
                        (char) 0);
            default: {
                String[] all = {"XXXX", "XXXX-XX", "XXXX-XX-XX"};
                return new Case(all[random.nextInt(3)], LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31),
                        Precision.UNKNOWN, (char) 0);
            }
        }
    }

    /** A date-time in a random offset, written in one of the accepted forms; the oracle is java.time. */
    private static Case dateTime(Random random, int year) {
        year = Math.max(-9998, Math.min(9998, year));
        LocalDate d = randomDay(random, year);
        int hour = random.nextInt(24);
        int minute = random.nextInt(60);
        int second = random.nextInt(60);
        int milli = random.nextInt(1000);
        int offsetMinutes = -720 + random.nextInt(14 * 60 + 12 * 60 + 1);
        StringBuilder b = new StringBuilder(yyyy(year)).append('-').append(mm(d.getMonthValue())).append('-')
                .append(mm(d.getDayOfMonth())).append('T').append(mm(hour)).append(':').append(mm(minute));
        int form = random.nextInt(3);
        if (form == 0) {
            second = 0;
            milli = 0;
        } else {
            b.append(':').append(mm(second));
            if (form == 2) {
                b.append('.').append(String.format("%03d", milli));
            } else {
                milli = 0;
            }
        }
        switch (random.nextInt(4)) {
            case 0 -> {
                b.append('Z');
                offsetMinutes = 0;
            }
            case 1 -> offsetMinutes = 0;
            case 2 -> b.append(offset(offsetMinutes, true));
            default -> b.append(offset(offsetMinutes, false));
        }
        Instant instant = LocalDateTime.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), hour, minute, second,
                milli * 1_000_000).toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
        LocalDate utcDay = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        return new Case(b.toString(), utcDay, utcDay, Precision.DAY, (char) 0, instant);
    }

    private static String offset(int minutes, boolean colon) {
        if (minutes == 0) {
            return "+00" + (colon ? ":00" : "00");
        }
        int abs = Math.abs(minutes);
        return (minutes < 0 ? "-" : "+") + mm(abs / 60) + (colon ? ":" : "") + mm(abs % 60);
    }

    /** An interval of ordered ends: dates (maybe qualified), date-times, open '..' or unknown ''. */
    private static Case interval(Random random) {
        Case a = end(random);
        Case b = end(random);
        // Two date-times are in order by instant, anything else by day.
        boolean swap = a.instant != null && b.instant != null ? a.instant.isAfter(b.instant)
                : a.first != null && b.first != null && a.first.isAfter(b.last);
        if (swap) {
            Case t = a;
            a = b;
            b = t;
        }
        String text = a.text + "/" + b.text;
        Precision precision = a.first == null ? b.precision
                : b.first == null ? a.precision
                : a.precision.compareTo(b.precision) >= 0 ? a.precision : b.precision;
        return new Case(text, a.first, b.last, precision, (char) 0);
    }

    private static Case end(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> new Case("..", null, null, Precision.UNKNOWN, (char) 0);
            case 1 -> new Case("", null, null, Precision.UNKNOWN, (char) 0);
            default -> {
                Case c = single(random, true);
                char q = random.nextBoolean() || c.text.contains("T") ? 0 : "?~%".charAt(random.nextInt(3));
                yield q == 0 ? c : new Case(c.text + q, c.first, c.last, c.precision, q, null);
            }
        };
    }

    private static int randomYear(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> 1900 + random.nextInt(200);
            case 1 -> random.nextInt(10_000);
            default -> random.nextInt(19_999) - 9_999;
        };
    }

    private static LocalDate randomDay(Random random, int year) {
        return Year.of(year).atDay(1 + random.nextInt(Year.of(year).length()));
    }

    private static String yyyy(int year) {
        return (year < 0 ? "-" : "") + String.format("%04d", Math.abs(year));
    }

    private static String mm(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    /** Anything made of EDTF's characters either parses and round-trips, or is refused with an EdtfException. */
    @Test
    void randomTextIsParsedOrRefusedNeverCrashes() {
        Random random = new Random(seed);
        String alphabet = "0123456789012345678901234-----XXXX?~%/..TZ:+Y[]{}SEx, \u2212";
        for (int i = 0; i < CASES * 5; i++) {
            int length = random.nextInt(24);
            StringBuilder b = new StringBuilder(length);
            for (int j = 0; j < length; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            checkParsedOrRefused(b.toString());
        }
        for (int i = 0; i < CASES; i++) {
            // Mutations of valid dates reach deeper into the grammar than random text does.
            Case c = random.nextBoolean() ? interval(random) : single(random, false);
            StringBuilder b = new StringBuilder(c.text);
            int at = b.length() == 0 ? 0 : random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> {
                    if (b.length() > 0) {
                        b.deleteCharAt(at);
                    }
                }
                default -> {
                    if (b.length() > 0) {
                        b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
            }
            checkParsedOrRefused(b.toString());
        }
    }

    private static void checkParsedOrRefused(String text) {
        EventDate date;
        try {
            date = EventDate.parse(text);
        } catch (EdtfException e) {
            assertThat(e.index()).as("seed %d: index in '%s'", seed, text).isBetween(0, text.length());
            assertThat(e.getMessage()).as("seed %d: '%s'", seed, text).isNotBlank().doesNotContain("\n");
            return;
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + ": '" + text + "' threw " + e, e);
        }
        EventDate again = EventDate.parse(date.toString());
        assertThat(again).as("seed %d: '%s'", seed, text).isEqualTo(date);
        assertThat(date.earliest()).as("seed %d: '%s'", seed, text).isBeforeOrEqualTo(date.latest());
    }

    /** Every day of 2019–2021, and every impossible day-of-month there, against java.time. */
    @Test
    void everyDayOf2019To2021MatchesJavaTime() {
        int days = 0;
        for (int year = 2019; year <= 2021; year++) {
            for (int month = 1; month <= 12; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = year + "-" + mm(month) + "-" + mm(day);
                    LocalDate expected;
                    try {
                        expected = LocalDate.of(year, month, day);
                    } catch (DateTimeException e) {
                        assertThatThrownBy(() -> EventDate.parse(text)).as(text).isInstanceOf(EdtfException.class)
                                .hasMessageContaining("day " + (day == 0 ? "00" : day) + " is out of range");
                        continue;
                    }
                    EventDate date = EventDate.parse(text);
                    assertThat(date.span()).as(text).isEqualTo(LocalDateRange.ofClosed(expected, expected));
                    assertThat(date.precision()).isEqualTo(Precision.DAY);
                    assertThat(date.toString()).isEqualTo(text);
                    assertThat(date).isEqualTo(EventDate.of(expected));
                    days++;
                }
            }
        }
        assertThat(days).isEqualTo(365 + 366 + 365);
    }

    /** Every two-digit month number of 2019–2021: months, seasons, level 2 seasons, and the rest refused. */
    @Test
    void everyMonthNumberOf2019To2021() {
        for (int year = 2019; year <= 2021; year++) {
            for (int month = 0; month <= 99; month++) {
                String text = year + "-" + mm(month);
                if (month >= 1 && month <= 12) {
                    YearMonth ym = YearMonth.of(year, month);
                    EventDate date = EventDate.parse(text);
                    assertThat(date.span()).as(text).isEqualTo(LocalDateRange.ofClosed(ym.atDay(1), ym.atEndOfMonth()));
                    assertThat(date.precision()).isEqualTo(Precision.MONTH);
                    assertThat(EventDate.parse(text + "-XX").span()).isEqualTo(date.span());
                } else if (month >= 21 && month <= 24) {
                    YearMonth first = YearMonth.of(year, (month - 21) * 3 + 3);
                    assertThat(EventDate.parse(text).span()).as(text)
                            .isEqualTo(LocalDateRange.ofClosed(first.atDay(1), first.plusMonths(2).atEndOfMonth()));
                } else if (month >= 25 && month <= 41) {
                    assertThatThrownBy(() -> EventDate.parse(text)).as(text)
                            .hasMessageContaining("EDTF level 2 (seasons 25–41)");
                } else {
                    assertThatThrownBy(() -> EventDate.parse(text)).as(text).isInstanceOf(EdtfException.class)
                            .hasMessageContaining("month " + mm(month) + " is out of range 01–12");
                }
            }
        }
    }

    /** Every four-digit year, positive and negative, and every two-digit century. */
    @Test
    void everyYearAndCentury() {
        for (int year = -9999; year <= 9999; year++) {
            String text = yyyy(year);
            if (year == 0 && text.startsWith("-")) {
                continue;
            }
            EventDate date = EventDate.parse(text);
            Year y = Year.of(year);
            if (!date.span().equals(LocalDateRange.ofClosed(y.atDay(1), y.atMonth(12).atEndOfMonth()))
                    || !date.toString().equals(text)) {
                fail(text + " spans " + date.span());
            }
        }
        assertThatThrownBy(() -> EventDate.parse("-0000")).isInstanceOf(EdtfException.class);
        for (int century = -99; century <= 99; century++) {
            String text = (century < 0 ? "-" : "") + mm(Math.abs(century));
            assertThat(EventDate.parse(text).span()).as(text).isEqualTo(
                    LocalDateRange.ofClosed(LocalDate.of(century * 100, 1, 1), LocalDate.of(century * 100 + 99, 12, 31)));
        }
    }

    /** Every offset minute from -14:59 to +14:59, with and without a colon, against java.time's range rule. */
    @Test
    void everyOffsetMinute() {
        LocalDateTime local = LocalDateTime.of(2020, 5, 1, 12, 0);
        for (int minutes = -899; minutes <= 899; minutes++) {
            for (boolean colon : new boolean[] {true, false}) {
                String text = "2020-05-01T12:00:00" + offset(minutes, colon);
                boolean valid = minutes >= -720 && minutes <= 840;
                if (valid) {
                    Instant expected = local.toInstant(ZoneOffset.ofTotalSeconds(minutes * 60));
                    assertThat(Instant.parse(EventDate.parse(text).toString())).as(text).isEqualTo(expected);
                } else {
                    assertThatThrownBy(() -> EventDate.parse(text)).as(text).isInstanceOf(EdtfException.class)
                            .hasMessageContaining("out of range -12:00 to +14:00");
                }
            }
        }
    }
}
