package dev.timeline.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

class PeriodExpressionTest {

    /** typed → first day, last day (inclusive; "" = unbounded), canonical form. */
    @ParameterizedTest
    @CsvSource({
        "2023,                  2023-01-01, 2023-12-31, 2023",
        "2023-03,               2023-03-01, 2023-03-31, 2023-03",
        "2024-02,               2024-02-01, 2024-02-29, 2024-02",
        "2023-Q1,               2023-01-01, 2023-03-31, 2023-Q1",
        "2023-q4,               2023-10-01, 2023-12-31, 2023-Q4",
        "2023-W13,              2023-03-27, 2023-04-02, 2023-W13",
        "2020-W53,              2020-12-28, 2021-01-03, 2020-W53",
        "2023-03-28,            2023-03-28, 2023-03-28, 2023-03-28",
        "2023-21,               2023-03-01, 2023-05-31, 2023-21",
        "2023-24,               2023-12-01, 2024-02-29, 2023-24",
        "2023-03-01/2023-04-15, 2023-03-01, 2023-04-15, 2023-03-01/2023-04-15",
        "2023-03/2023-04,       2023-03-01, 2023-04-30, 2023-03/2023-04",
        "2023-Q1/2023-Q2,       2023-01-01, 2023-06-30, 2023-Q1/2023-Q2",
        "2023-03-01/..,         2023-03-01, ,           2023-03-01/..",
        "../2022-12-31,         ,           2022-12-31, ../2022-12-31",
        "2023-03-20/P2W,        2023-03-20, 2023-04-02, 2023-03-20/P14D",
        "P30D/2023-04-13,       2023-03-15, 2023-04-13, P30D/2023-04-13",
        "2023-03/P1M,           2023-03-01, 2023-03-31, 2023-03/P1M",
        "P1M/2023-03,           2023-03-01, 2023-03-31, P1M/2023-03",
        "2023-01-31/P1M,        2023-01-31, 2023-02-27, 2023-01-31/P1M",
        "2023/P1Y,              2023-01-01, 2023-12-31, 2023/P1Y"})
    void parsesEveryForm(String typed, String first, String last, String canonical) {
        PeriodExpression period = PeriodExpression.parse(typed);
        LocalDateRange range = period.range();
        if (first == null) {
            assertThat(range.isUnboundedStart()).isTrue();
        } else {
            assertThat(range.getStart()).isEqualTo(first);
        }
        if (last == null) {
            assertThat(range.isUnboundedEnd()).isTrue();
        } else {
            assertThat(range.getEndInclusive()).isEqualTo(last);
        }
        assertThat(period).hasToString(canonical);
        assertThat(PeriodExpression.parse(period.toString())).isEqualTo(period);
    }

    static Stream<Arguments> badPeriods() {
        return Stream.of(
                Arguments.of("2023-Q5", "quarters are Q1 to Q4"),
                Arguments.of("2023-W54", "2023 has weeks W01 to W52"),
                Arguments.of("2023-W1", "two digits"),
                Arguments.of("2023-13", "not a period"),
                Arguments.of("2023-02-30", "not a period"),
                Arguments.of("March", "expected a year (2023)"),
                Arguments.of("2023-04/2023-03", "ends before it starts"),
                Arguments.of("P2W/P1D", "a duration at both ends"),
                Arguments.of("2023-03-20/P2X", "not an ISO 8601 duration"),
                Arguments.of("2023-03-20/P0D", "not a positive duration"),
                Arguments.of("/2023", "write '..' for an open end"),
                Arguments.of("2023/2024/2025", "more than one '/'"),
                Arguments.of("[2023,2024]", "level 2"));
    }

    @ParameterizedTest
    @MethodSource("badPeriods")
    void refusesWithTheReason(String typed, String reason) {
        assertThatThrownBy(() -> PeriodExpression.parse(typed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'" + typed + "'")
                .hasMessageContaining(reason);
    }

    /** A quarter is the same days as its three months, for every quarter of a few years. */
    @Test
    void quartersEqualTheirMonths() {
        for (int year = 2019; year <= 2024; year++) {
            for (int q = 1; q <= 4; q++) {
                LocalDateRange quarter = PeriodExpression.parse(year + "-Q" + q).range();
                String first = String.format("%d-%02d", year, q * 3 - 2);
                String last = String.format("%d-%02d", year, q * 3);
                assertThat(quarter).isEqualTo(PeriodExpression.parse(first + "/" + last).range());
            }
        }
    }

    /** Seeded random round trips: whatever is typed prints to a form that parses back to the same days. */
    @Test
    void everyPeriodRoundTripsThroughItsPrintedForm() {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int i = 0; i < 5_000; i++) {
            String typed = randomPeriod(random);
            PeriodExpression period;
            try {
                period = PeriodExpression.parse(typed);
            } catch (IllegalArgumentException e) {
                continue; // e.g. a random interval that ends before it starts
            }
            PeriodExpression again = PeriodExpression.parse(period.toString());
            assertThat(again).as("seed %d, typed %s", seed, typed).isEqualTo(period);
            assertThat(again.range()).as("seed %d, typed %s", seed, typed).isEqualTo(period.range());
        }
    }

    private static String randomPeriod(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> single(random);
            case 1 -> (random.nextInt(5) == 0 ? ".." : single(random)) + "/"
                    + (random.nextInt(5) == 0 ? ".." : single(random));
            default -> random.nextBoolean() ? single(random) + "/" + duration(random)
                    : duration(random) + "/" + single(random);
        };
    }

    private static String single(Random random) {
        int year = 2019 + random.nextInt(6);
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        return switch (random.nextInt(5)) {
            case 0 -> Integer.toString(year);
            case 1 -> String.format("%d-%02d", year, 1 + random.nextInt(12));
            case 2 -> year + (random.nextBoolean() ? "-Q" : "-q") + (1 + random.nextInt(4));
            case 3 -> String.format("%d-W%02d", year, 1 + random.nextInt(52));
            default -> day.toString();
        };
    }

    private static String duration(Random random) {
        int n = 1 + random.nextInt(40);
        return "P" + n + "DWMY".charAt(random.nextInt(4));
    }

    @ParameterizedTest
    @CsvSource({"3d, P3D", "2w, P14D", "1m, P1M", "1y, P1Y", "P10D, P10D", "p10d, P10D", "10D, P10D"})
    void windows(String typed, String period) {
        assertThat(Window.parse(typed).period()).hasToString(period);
    }

    @ParameterizedTest
    @CsvSource({"3x", "d", "-3d", "P-1D", "3 d", "''"})
    void badWindows(String typed) {
        assertThatThrownBy(() -> Window.parse(typed)).hasMessageContaining("'" + typed + "' is not a window");
    }

    @Test
    void aWindowWidensBothSides() {
        LocalDateRange day = LocalDateRange.ofClosed(LocalDate.parse("2023-03-28"), LocalDate.parse("2023-03-28"));
        assertThat(Window.parse("3d").around(day)).isEqualTo(LocalDateRange.ofClosed(LocalDate.parse("2023-03-25"),
                LocalDate.parse("2023-03-31")));
        assertThat(Window.parse("1m").around(LocalDateRange.ofUnboundedEnd(LocalDate.parse("2023-03-28"))))
                .isEqualTo(LocalDateRange.ofUnboundedEnd(LocalDate.parse("2023-02-28")));
    }
}
