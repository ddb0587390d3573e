package dev.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.dates.EventDate;
import dev.timeline.dates.PeriodExpression;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.support.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * Properties of the date-range algebra, over seeded random events and ranges (the seed is printed; rerun one with
 * {@code -Dtimeline.seed=N}) and exhaustively over a small domain of days.
 */
class RangeAlgebraTest {

    private static long seed;
    private static Timeline random;
    private static final Timeline BUNDLED = Timeline.of(Fixtures.bundled());
    private static final LocalDate ORIGIN = LocalDate.parse("2022-12-01");

    @BeforeAll
    static void makeEvents() {
        seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("RangeAlgebraTest seed: " + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random r = new Random(seed);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            events.add(new Event("e" + i, EventDate.parse(randomDate(r)), "t", "", EventType.STATEMENT, List.of(),
                    null, null, List.of(), List.of(), null));
        }
        random = Timeline.of(new Dataset("random", null, "random", null, List.of(), events));
    }

    /** Dates within about a year of ORIGIN at every precision, with qualifiers and open intervals. */
    static String randomDate(Random r) {
        LocalDate day = ORIGIN.plusDays(r.nextInt(400) - 30);
        String single = switch (r.nextInt(4)) {
            case 0 -> day.toString();
            case 1 -> day.toString().substring(0, 7);
            case 2 -> day.toString().substring(0, 4);
            default -> day + (r.nextBoolean() ? "~" : "?");
        };
        return switch (r.nextInt(6)) {
            case 0 -> single + "/..";
            case 1 -> "../" + single;
            case 2 -> day + "/" + day.plusDays(r.nextInt(60));
            default -> single;
        };
    }

    static LocalDateRange randomRange(Random r) {
        LocalDate start = ORIGIN.plusDays(r.nextInt(400) - 30);
        return switch (r.nextInt(5)) {
            case 0 -> LocalDateRange.ofUnboundedStart(start);
            case 1 -> LocalDateRange.ofUnboundedEnd(start);
            default -> LocalDateRange.ofClosed(start, start.plusDays(r.nextInt(90)));
        };
    }

    static Set<String> ids(Timeline timeline, LocalDateRange range, Match match) {
        Set<String> ids = new HashSet<>();
        timeline.query(Query.builder().date(new DateCondition(range, match)).build()).forEach(e -> ids.add(e.id()));
        return ids;
    }

    @Test
    void withinIsASubsetOfOverlaps() {
        Random r = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            LocalDateRange range = randomRange(r);
            for (Timeline timeline : List.of(random, BUNDLED)) {
                assertThat(ids(timeline, range, Match.OVERLAPS)).as("seed %d, range %s", seed, range)
                        .containsAll(ids(timeline, range, Match.WITHIN));
            }
        }
    }

    /** Cut [a, b] at c into [a, c-1] and [c, b]: overlaps events land in a half; within events in exactly one. */
    @Test
    void splittingARangeInTwoAdjacentHalves() {
        Random r = new Random(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < 2_000; i++) {
            LocalDate a = ORIGIN.plusDays(r.nextInt(400) - 30);
            LocalDate b = a.plusDays(1 + r.nextInt(120));
            LocalDate c = a.plusDays(1 + r.nextInt((int) (b.toEpochDay() - a.toEpochDay())));
            LocalDateRange whole = LocalDateRange.ofClosed(a, b);
            LocalDateRange left = LocalDateRange.ofClosed(a, c.minusDays(1));
            LocalDateRange right = LocalDateRange.ofClosed(c, b);
            String where = "seed " + seed + ", " + left + " + " + right;
            Set<String> leftOverlaps = ids(random, left, Match.OVERLAPS);
            Set<String> rightOverlaps = ids(random, right, Match.OVERLAPS);
            for (String id : ids(random, whole, Match.OVERLAPS)) {
                assertThat(leftOverlaps.contains(id) || rightOverlaps.contains(id)).as(where + ": " + id).isTrue();
            }
            Set<String> leftWithin = ids(random, left, Match.WITHIN);
            Set<String> rightWithin = ids(random, right, Match.WITHIN);
            for (String id : ids(random, whole, Match.WITHIN)) {
                LocalDateRange span = random.dataset().event(id).orElseThrow().date().span();
                boolean spansCut = span.contains(c.minusDays(1)) && span.contains(c);
                int halves = (leftWithin.contains(id) ? 1 : 0) + (rightWithin.contains(id) ? 1 : 0);
                assertThat(halves).as(where + ": " + id + " " + span).isEqualTo(spansCut ? 0 : 1);
            }
        }
    }

    /** Exhaustive over every quarter, month and ISO week of 2022–2023: --in P equals its from/to days. */
    @Test
    void periodsEqualTheirFromToDays() {
        List<String> periods = new ArrayList<>();
        for (int year = 2022; year <= 2023; year++) {
            for (int q = 1; q <= 4; q++) {
                periods.add(year + "-Q" + q);
            }
            for (int m = 1; m <= 12; m++) {
                periods.add(String.format("%d-%02d", year, m));
            }
            for (int w = 1; w <= 52; w++) {
                periods.add(String.format("%d-W%02d", year, w));
            }
        }
        for (String text : periods) {
            LocalDateRange range = PeriodExpression.parse(text).range();
            LocalDateRange fromTo = LocalDateRange.ofClosed(range.getStart(), range.getEndInclusive());
            for (Match match : Match.values()) {
                assertThat(ids(random, range, match)).as(text).isEqualTo(ids(random, fromTo, match));
                assertThat(ids(BUNDLED, range, match)).as(text).isEqualTo(ids(BUNDLED, fromTo, match));
            }
        }
    }
}
