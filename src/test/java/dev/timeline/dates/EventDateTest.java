package dev.timeline.dates;

import static dev.timeline.dates.Precision.CENTURY;
import static dev.timeline.dates.Precision.DAY;
import static dev.timeline.dates.Precision.DECADE;
import static dev.timeline.dates.Precision.MONTH;
import static dev.timeline.dates.Precision.SEASON;
import static dev.timeline.dates.Precision.UNKNOWN;
import static dev.timeline.dates.Precision.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

class EventDateTest {

    /**
     * input, canonical form, earliest and latest day ("..": unbounded), precision, flags: i interval, u uncertain,
     * a approximate, s open start, e open end, x unspecified digits.
     */
    static Stream<Arguments> valid() {
        return Stream.of(
                // Level 0: dates.
                arguments("2023-01-27", "2023-01-27", "2023-01-27", "2023-01-27", DAY, ""),
                arguments("2022-10", "2022-10", "2022-10-01", "2022-10-31", MONTH, ""),
                arguments("2021", "2021", "2021-01-01", "2021-12-31", YEAR, ""),
                arguments("2020-02", "2020-02", "2020-02-01", "2020-02-29", MONTH, ""),
                arguments("2019-02", "2019-02", "2019-02-01", "2019-02-28", MONTH, ""),
                arguments("2000-02-29", "2000-02-29", "2000-02-29", "2000-02-29", DAY, ""),
                arguments("0000", "0000", "0000-01-01", "0000-12-31", YEAR, ""),
                arguments("0001-01-01", "0001-01-01", "0001-01-01", "0001-01-01", DAY, ""),
                arguments("-0044", "-0044", "-0044-01-01", "-0044-12-31", YEAR, ""),
                arguments("-0044-03-15", "-0044-03-15", "-0044-03-15", "-0044-03-15", DAY, ""),
                arguments("-9999", "-9999", "-9999-01-01", "-9999-12-31", YEAR, ""),
                arguments("9999-12-31", "9999-12-31", "9999-12-31", "9999-12-31", DAY, ""),
                // Level 0: centuries, as edtf.js reads two digits.
                arguments("20", "20", "2000-01-01", "2099-12-31", CENTURY, ""),
                arguments("00", "00", "0000-01-01", "0099-12-31", CENTURY, ""),
                arguments("-01", "-01", "-0100-01-01", "-0001-12-31", CENTURY, ""),
                // Level 0: date-times cover the UTC day of their instant; canonical form is UTC with milliseconds.
                arguments("2020-05-01T10:30Z", "2020-05-01T10:30:00.000Z", "2020-05-01", "2020-05-01", DAY, ""),
                arguments("2020-05-01T10:30:45-05:00", "2020-05-01T15:30:45.000Z", "2020-05-01", "2020-05-01", DAY,
                        ""),
                arguments("2020-05-01T22:30:45-05:00", "2020-05-02T03:30:45.000Z", "2020-05-02", "2020-05-02", DAY,
                        ""),
                arguments("2020-05-01T10:30:45+14:00", "2020-04-30T20:30:45.000Z", "2020-04-30", "2020-04-30", DAY,
                        ""),
                arguments("2020-05-01T10:30:45.123Z", "2020-05-01T10:30:45.123Z", "2020-05-01", "2020-05-01", DAY,
                        ""),
                arguments("2020-05-01T10:30:45.5Z", "2020-05-01T10:30:45.500Z", "2020-05-01", "2020-05-01", DAY, ""),
                arguments("2020-05-01T24:00:00Z", "2020-05-02T00:00:00.000Z", "2020-05-02", "2020-05-02", DAY, ""),
                arguments("2020-05-01T10:30:00\u221205:00", "2020-05-01T15:30:00.000Z", "2020-05-01", "2020-05-01",
                        DAY, ""),
                arguments("2016-05-02T16:54:59+1330", "2016-05-02T03:24:59.000Z", "2016-05-02", "2016-05-02", DAY,
                        ""),
                arguments("2016-05-02T16:54:59-04", "2016-05-02T20:54:59.000Z", "2016-05-02", "2016-05-02", DAY, ""),
                arguments("1985-04-12T23:20:30", "1985-04-12T23:20:30.000Z", "1985-04-12", "1985-04-12", DAY, ""),
                arguments("0000-01-01T00:30:00+01:00", "-0001-12-31T23:30:00.000Z", "-0001-12-31", "-0001-12-31",
                        DAY, ""),
                // Level 0 intervals.
                arguments("1964/2008", "1964/2008", "1964-01-01", "2008-12-31", YEAR, "i"),
                arguments("2004-02-01/2005-02", "2004-02-01/2005-02", "2004-02-01", "2005-02-28", MONTH, "i"),
                arguments("2020/2020", "2020/2020", "2020-01-01", "2020-12-31", YEAR, "i"),
                arguments("2020-05-01T10:00Z/2020-05-01T12:00+01:00",
                        "2020-05-01T10:00:00.000Z/2020-05-01T11:00:00.000Z", "2020-05-01", "2020-05-01", DAY, "i"),
                // Level 1: qualifiers do not widen the span.
                arguments("2020?", "2020?", "2020-01-01", "2020-12-31", YEAR, "u"),
                arguments("2020-05~", "2020-05~", "2020-05-01", "2020-05-31", MONTH, "a"),
                arguments("2020-05-15%", "2020-05-15%", "2020-05-15", "2020-05-15", DAY, "ua"),
                // Level 1: unspecified digits.
                arguments("201X", "201X", "2010-01-01", "2019-12-31", DECADE, "x"),
                arguments("20XX", "20XX", "2000-01-01", "2099-12-31", CENTURY, "x"),
                arguments("XXXX", "XXXX", "0000-01-01", "9999-12-31", UNKNOWN, "x"),
                arguments("2020-XX", "2020-XX", "2020-01-01", "2020-12-31", YEAR, "x"),
                arguments("2020-05-XX", "2020-05-XX", "2020-05-01", "2020-05-31", MONTH, "x"),
                arguments("2020-02-XX", "2020-02-XX", "2020-02-01", "2020-02-29", MONTH, "x"),
                arguments("2020-XX-XX", "2020-XX-XX", "2020-01-01", "2020-12-31", YEAR, "x"),
                arguments("XXXX-XX", "XXXX-XX", "0000-01-01", "9999-12-31", UNKNOWN, "x"),
                arguments("XXXX-XX-XX", "XXXX-XX-XX", "0000-01-01", "9999-12-31", UNKNOWN, "x"),
                arguments("-201X", "-201X", "-2019-01-01", "-2010-12-31", DECADE, "x"),
                arguments("-000X", "-000X", "-0009-01-01", "-0001-12-31", DECADE, "x"),
                // Level 1: Y-years, seasons as northern-hemisphere meteorological seasons (edtf.js differs: it reads
                // 21..24 as the quarters; EventDateCorpusTest records where).
                arguments("Y10000", "Y10000", "+10000-01-01", "+10000-12-31", YEAR, ""),
                arguments("Y-10000", "Y-10000", "-10000-01-01", "-10000-12-31", YEAR, ""),
                arguments("Y170000002", "Y170000002", "+170000002-01-01", "+170000002-12-31", YEAR, ""),
                arguments("2020-21", "2020-21", "2020-03-01", "2020-05-31", SEASON, ""),
                arguments("2020-22", "2020-22", "2020-06-01", "2020-08-31", SEASON, ""),
                arguments("2020-23", "2020-23", "2020-09-01", "2020-11-30", SEASON, ""),
                arguments("2020-24", "2020-24", "2020-12-01", "2021-02-28", SEASON, ""),
                arguments("2023-24", "2023-24", "2023-12-01", "2024-02-29", SEASON, ""),
                arguments("-0001-24", "-0001-24", "-0001-12-01", "0000-02-29", SEASON, ""),
                // Level 1: intervals with open, unknown and qualified ends.
                arguments("2021/..", "2021/..", "2021-01-01", "..", YEAR, "ie"),
                arguments("../2020", "../2020", "..", "2020-12-31", YEAR, "is"),
                arguments("../..", "../..", "..", "..", UNKNOWN, "ise"),
                arguments("/2020", "/2020", "..", "2020-12-31", YEAR, "is"),
                arguments("2020/", "2020/", "2020-01-01", "..", YEAR, "ie"),
                arguments("/", "/", "..", "..", UNKNOWN, "ise"),
                arguments("../", "../", "..", "..", UNKNOWN, "ise"),
                arguments("2020?/2021", "2020?/2021", "2020-01-01", "2021-12-31", YEAR, "iu"),
                arguments("1984~/2004-06", "1984~/2004-06", "1984-01-01", "2004-06-30", YEAR, "ia"),
                arguments("2004-06-11%/2004-06-20~", "2004-06-11%/2004-06-20~", "2004-06-11", "2004-06-20", DAY,
                        "iua"),
                arguments("2013/2021", "2013/2021", "2013-01-01", "2021-12-31", YEAR, "i"),
                arguments("1991/..", "1991/..", "1991-01-01", "..", YEAR, "ie"),
                arguments("2020-05-01T10:30Z/..", "2020-05-01T10:30:00.000Z/..", "2020-05-01", "..", DAY, "ie"),
                arguments("2020-05/2020-05-20", "2020-05/2020-05-20", "2020-05-01", "2020-05-20", MONTH, "i"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void parses(String input, String canonical, String earliest, String latest, Precision precision, String flags) {
        EventDate date = EventDate.parse(input);

        assertThat(date.toString()).isEqualTo(canonical);
        assertThat(date.earliest()).isEqualTo(day(earliest, LocalDate.MIN));
        assertThat(date.latest()).isEqualTo(day(latest, LocalDate.MAX));
        assertThat(date.span().getStart()).isEqualTo(date.earliest());
        assertThat(date.span().getEndInclusive()).isEqualTo(date.latest());
        assertThat(date.span().isUnboundedStart()).isEqualTo(earliest.equals(".."));
        assertThat(date.span().isUnboundedEnd()).isEqualTo(latest.equals(".."));
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.isInterval()).as("interval").isEqualTo(flags.contains("i"));
        assertThat(date.isUncertain()).as("uncertain").isEqualTo(flags.contains("u"));
        assertThat(date.isApproximate()).as("approximate").isEqualTo(flags.contains("a"));
        assertThat(date.isOpenStart()).as("open start").isEqualTo(flags.contains("s"));
        assertThat(date.isOpenEnd()).as("open end").isEqualTo(flags.contains("e"));
        assertThat(date.hasUnspecifiedDigits()).as("unspecified").isEqualTo(flags.contains("x"));
        assertThat(EventDate.parse(canonical)).isEqualTo(date).hasSameHashCodeAs(date);
        assertThat(EventDate.parse(canonical).toString()).isEqualTo(canonical);
    }

    private static LocalDate day(String text, LocalDate unbounded) {
        return text.equals("..") ? unbounded : LocalDate.parse(text);
    }

    /** input, index of the problem, a phrase the message must contain. */
    static Stream<Arguments> invalid() {
        return Stream.of(
                arguments("", 0, "empty"),
                arguments(" 2020", 0, "whitespace"),
                arguments("2020 ", 4, "whitespace"),
                arguments("2020-\u00a005", 5, "whitespace"),
                arguments("abcd", 0, "unexpected 'a'"),
                arguments("2020-AB", 5, "unexpected 'A'"),
                arguments("-", 1, "ends too early"),
                arguments("2020-", 5, "ends too early"),
                // Impossible dates.
                arguments("2023-02-30", 8, "day 30 is out of range 01–28 for February 2023"),
                arguments("2019-02-29", 8, "day 29 is out of range 01–28 for February 2019"),
                arguments("1900-02-29", 8, "day 29 is out of range 01–28 for February 1900"),
                arguments("2020-04-31", 8, "day 31 is out of range 01–30 for April 2020"),
                arguments("2020-13", 5, "month 13 is out of range 01–12; expected YYYY, YYYY-MM or YYYY-MM-DD (EDTF)"),
                arguments("2020-00", 5, "month 00 is out of range 01–12"),
                arguments("2020-99", 5, "month 99 is out of range 01–12 (seasons are 21–24)"),
                arguments("2020-05-00", 8, "day 00 is out of range 01–31"),
                arguments("2020-05-32", 8, "day 32 is out of range 01–31"),
                arguments("2020-5", 5, "month must have 2 digits"),
                arguments("2020-05-1", 8, "day must have 2 digits"),
                arguments("-0000", 0, "year -0000 is not valid"),
                arguments("-00", 0, "century -00 is not valid"),
                arguments("12345", 0, "needs the prefix 'Y'"),
                arguments("1", 0, "must have 4 digits"),
                arguments("20-05", 0, "must have 4 digits"),
                arguments("+2020", 0, "unexpected '+'"),
                arguments("\u22122020", 0, "hyphen-minus"),
                arguments("201x", 3, "capital 'X'"),
                // Times.
                arguments("2020-05-01T24:30:00Z", 11, "hour 24 is only valid as 24:00:00"),
                arguments("2016-05-02T24:00:01", 11, "hour 24 is only valid as 24:00:00"),
                arguments("2020-05-01T25:00Z", 11, "hour 25 is out of range"),
                arguments("2016-05-02T00:61:00", 14, "minute 61 is out of range"),
                arguments("2016-05-02T01:01:60", 17, "second 60 is out of range"),
                arguments("2020-05-01T00:00:00+15:00", 19, "offset +15:00 is out of range -12:00 to +14:00"),
                arguments("2020-05-01T00:00:00-13:00", 19, "out of range -12:00 to +14:00"),
                arguments("2016-05-02T12:00:00+14:01", 19, "out of range"),
                arguments("2016-05-02T12:00:00-00:00", 19, "offset -00:00 is not allowed"),
                arguments("2016-05-02T12:00:00-0000", 19, "offset -00:00 is not allowed"),
                arguments("2016-05-02T12:00:00+05:60", 23, "offset minutes 60"),
                arguments("2020-05-01T10:30:00.1234Z", 20, "1 to 3 digits"),
                arguments("2020-05-01T10Z", 13, "expected ':'"),
                arguments("2020-05-01T10:30:00Z?", 20, "cannot follow a time"),
                arguments("2020-05T10:30Z", 7, "needs a full date"),
                arguments("9999-12-31T24:00:00Z", 11, "outside the years -9999 to 9999"),
                // Qualifiers, masks, seasons, Y-years, centuries where level 1 has none of them.
                arguments("2020?~", 5, "use one qualifier"),
                arguments("201X?", 4, "cannot follow unspecified digits"),
                arguments("2020-XX~", 7, "cannot follow unspecified digits"),
                arguments("2020-21?", 7, "cannot follow a season"),
                arguments("2020-21-05", 7, "a season (21–24) has no day"),
                arguments("Y1234", 0, "5 or more digits"),
                arguments("Y01234", 1, "does not start with 0"),
                arguments("Y10000?", 6, "cannot follow a 'Y' year"),
                arguments("Y", 1, "5 or more digits"),
                arguments("Y9999999999", 1, "beyond the supported range"),
                arguments("-XXXX", 0, "'XXXX' cannot be negative"),
                arguments("2X", 1, "takes no X"),
                // Intervals.
                arguments("2021/2020", 5, "the interval ends before it starts"),
                arguments("2020-06/2020-05-31", 8, "ends before it starts"),
                arguments("2020-05-01T10:00Z/2020-05-01T09:00Z", 18, "ends before it starts"),
                arguments("2020/2021/2022", 9, "exactly one '/'"),
                arguments("2020/*", 5, "written '..', not '*'"),
                arguments("..", 0, "open interval end"),
                arguments("2012-21/2012-22", 5, "a season cannot be an interval end"),
                arguments("19/20", 0, "a century cannot be an interval end"),
                arguments("Y10000/..", 0, "a 'Y' year cannot be an interval end"),
                arguments("2020-/2021", 5, "ends too early"),
                // Level 2, named.
                arguments("[2020, 2021]", 0, "EDTF level 2 (sets '[...]') is not supported"),
                arguments("[..2020]", 0, "sets"),
                arguments("2020/[2021]", 5, "sets"),
                arguments("{2020, 2021}", 0, "EDTF level 2 (lists '{...}') is not supported"),
                arguments("2X1X", 1, "EDTF level 2 (unspecified digits inside a component, like '2X1X' or"
                        + " '2020-05-1X')"),
                arguments("20X0", 2, "unspecified digits inside a component"),
                arguments("1XXX", 1, "unspecified digits inside a component"),
                arguments("2020-0X", 6, "unspecified digits inside a component"),
                arguments("2020-05-1X", 9, "unspecified digits inside a component"),
                arguments("2020-05-X5", 8, "unspecified digits inside a component"),
                arguments("XXXX-12", 5, "EDTF level 2 (unspecified digits followed by other components"),
                arguments("156X-12-25", 0, "unspecified digits followed by other components"),
                arguments("2020-XX-05", 5, "unspecified digits followed by other components"),
                arguments("2004-06-XX/2004-07-03", 0, "EDTF level 2 (unspecified digits in interval ends"),
                arguments("2020-25", 5, "EDTF level 2 (seasons 25–41) is not supported"),
                arguments("2020-41", 5, "seasons 25–41"),
                arguments("199", 0, "EDTF level 2 (decades like '199') is not supported"),
                arguments("-005", 0, "decades"),
                arguments("199~", 0, "decades"),
                arguments("Y17E8", 3, "EDTF level 2 (exponential years 'Y17E8') is not supported"),
                arguments("Y-17E7", 4, "exponential years"),
                arguments("1950S2", 4, "EDTF level 2 (significant digits 'S') is not supported"),
                arguments("Y171010000S3", 10, "significant digits"),
                arguments("2004-?06", 5, "EDTF level 2 (qualification of single components like '2004-?06')"),
                arguments("?2004", 0, "qualification of single components"),
                arguments("2004?-06", 4, "qualification of single components"),
                arguments("2004-06-~11", 8, "qualification of single components"),
                arguments("19?", 2, "EDTF level 2 (qualified centuries"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("invalid")
    void refuses(String input, int index, String phrase) {
        assertThatThrownBy(() -> EventDate.parse(input))
                .isInstanceOfSatisfying(EdtfException.class, e -> {
                    assertThat(e.getMessage()).contains(phrase).doesNotContain("\n");
                    assertThat(e.input()).isEqualTo(input);
                    assertThat(e.index()).as("index").isEqualTo(index);
                });
    }

    static Stream<Arguments> descriptions() {
        return Stream.of(
                arguments("2022-10", "month: October 2022"),
                arguments("2023-01-27", "day: 27 January 2023"),
                arguments("2021/..", "year: from 2021, open-ended"),
                arguments("2013/2021", "year: 2013 to 2021"),
                arguments("2023-03-30~", "day: about 30 March 2023"),
                arguments("2023-02?", "month: possibly February 2023"),
                arguments("2021%", "year: possibly about 2021"),
                arguments("2023-03-XX", "month: some day of March 2023"),
                arguments("2023-XX", "year: some month of 2023"),
                arguments("2023-XX-XX", "year: some day of 2023"),
                arguments("XXXX", "unknown: an unspecified year"),
                arguments("201X", "decade: the 2010s"),
                arguments("20XX", "century: years 2000 to 2099"),
                arguments("19", "century: years 1900 to 1999"),
                arguments("2020-21", "season: spring 2020"),
                arguments("2023-24", "season: winter 2023–24"),
                arguments("Y10000", "year: 10000"),
                arguments("2020-05-01T10:30:45-05:00", "day: 1 May 2020 at 15:30:45 UTC"),
                arguments("2020-05-01T10:30:45.120Z", "day: 1 May 2020 at 10:30:45.120 UTC"),
                arguments("../2020-05", "month: up to May 2020, open start"),
                arguments("/2020", "year: up to 2020, start unknown"),
                arguments("2020/", "year: from 2020, end unknown"),
                arguments("../..", "unknown: open start, open-ended"),
                arguments("2004-02-01/2005", "year: 1 February 2004 to 2005"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptions")
    void describes(String input, String description) {
        assertThat(EventDate.parse(input).describe()).isEqualTo(description);
    }

    @Test
    void ordersByEarliestThenLatestThenText() {
        List<EventDate> sorted = Stream.of("../2020", "2020", "2020-01", "2020-01-01", "2020/..", "2020~", "2020?",
                "2019-12-31T23:00:00-01:00", "/2020", "2020-02", "2019/2020").map(EventDate::parse).toList();
        List<EventDate> shuffled = new ArrayList<>(sorted);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).extracting(EventDate::toString).containsExactly("../2020", "/2020", "2019/2020",
                "2020-01-01", "2020-01-01T00:00:00.000Z", "2020-01", "2020", "2020?", "2020~", "2020/..", "2020-02");
    }

    @Test
    void equalityFollowsTheCanonicalForm() {
        EventDate utc = EventDate.parse("2020-05-01T15:30:00Z");
        EventDate eastern = EventDate.parse("2020-05-01T10:30:00-05:00");
        assertThat(eastern).isEqualTo(utc).hasSameHashCodeAs(utc).isEqualByComparingTo(utc);
        assertThat(EventDate.parse("2020")).isNotEqualTo(EventDate.parse("2020~"))
                .isNotEqualTo(EventDate.parse("2020-XX")).isNotEqualTo("2020");
        assertThat(EventDate.parse(new StringBuilder("2020-05"))).isEqualTo(EventDate.parse("2020-05"));
    }

    @Test
    void ofLocalDateIsTheDay() {
        assertThat(EventDate.of(LocalDate.of(2023, 1, 27))).isEqualTo(EventDate.parse("2023-01-27"));
        assertThat(EventDate.of(LocalDate.of(-44, 3, 15)).toString()).isEqualTo("-0044-03-15");
        assertThat(EventDate.of(LocalDate.of(5, 11, 5)).toString()).isEqualTo("0005-11-05");
        assertThatThrownBy(() -> EventDate.of(LocalDate.of(10000, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventDate.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> EventDate.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void spanIsALocalDateRange() {
        LocalDateRange span = EventDate.parse("2022-10").span();
        assertThat(span).isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 31)));
        assertThat(span.lengthInDays()).isEqualTo(31);
        assertThat(EventDate.parse("../..").span()).isEqualTo(LocalDateRange.ofUnbounded());
        assertThat(EventDate.parse("2020/..").span())
                .isEqualTo(LocalDateRange.ofUnboundedEnd(LocalDate.of(2020, 1, 1)));
        assertThat(EventDate.parse("../2020").span())
                .isEqualTo(LocalDateRange.ofUnboundedStart(LocalDate.of(2021, 1, 1)));
    }
}
