package dev.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dates.EventDate;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.support.Fixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Buckets by time (empty ones between filled in, events too coarse or open at the start left out), by type and
 * by actor (largest first, ties by name). Written for PIT: only the CLI tests reached {@link Stats} before. The
 * quad classes and intensities are left to the stats command's own tests. small.json: souring 2021/.., drills
 * 2022-10, attack 2023-01-27, call 2023-04-07, plus here an event with no actor and one open at the start.
 */
class StatsTest {

    private static final Dataset SMALL = DatasetReader.read(Fixtures.path("small.json"));

    private static List<Event> events() {
        List<Event> events = new ArrayList<>(SMALL.events());
        events.add(new Event("lonely", EventDate.parse("2023-02-15"), "No actor", "", EventType.STATEMENT, List.of(),
                null, null, List.of(), List.of(), null));
        events.add(new Event("open", EventDate.parse("../2023-03-01"), "Open start", "", EventType.STATEMENT,
                List.of(), null, null, List.of(), List.of(), null));
        return events;
    }

    static Stream<Arguments> buckets() {
        return Stream.of(
                Arguments.of(Stats.By.MONTH, counts("2022-10", 1, "2022-11", 0, "2022-12", 0, "2023-01", 1,
                        "2023-02", 1, "2023-03", 0, "2023-04", 1), 4, 2),
                Arguments.of(Stats.By.QUARTER, counts("2022-Q4", 1, "2023-Q1", 2, "2023-Q2", 1), 4, 2),
                Arguments.of(Stats.By.YEAR, counts("2021", 1, "2022", 1, "2023", 3), 5, 1),
                Arguments.of(Stats.By.TYPE, counts("statement", 2, "armed-attack", 1, "military-exercise", 1,
                        "phone-call", 1, "policy-period", 1), 6, 0),
                Arguments.of(Stats.By.ACTOR, counts("Azerbaijan", 3, "(no actor)", 2, "Iran", 1,
                        "Islamic Revolutionary Guard Corps", 1, "Jeyhun Bayramov", 1), 6, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("buckets")
    void counts(Stats.By by, Map<String, Integer> expected, int counted, int leftOut) {
        Stats.Result result = Stats.count(events(), by, Timeline.of(SMALL).actorsById());
        Map<String, Integer> got = new LinkedHashMap<>();
        result.buckets().forEach(b -> got.put(b.key(), b.count()));
        assertThat(got).containsExactlyEntriesOf(expected);
        assertThat(result.counted()).isEqualTo(counted);
        assertThat(result.leftOut()).isEqualTo(leftOut);
        for (Stats.Bucket bucket : result.buckets()) {
            assertThat(java.util.Arrays.stream(bucket.quads()).sum()).isEqualTo(bucket.count());
        }
        assertThat(by.isTime()).isEqualTo(by == Stats.By.MONTH || by == Stats.By.QUARTER || by == Stats.By.YEAR);
        assertThat(by.id()).isEqualTo(by.name().toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("buckets")
    void nothingToCountGivesNoBucket(Stats.By by) {
        Stats.Result result = Stats.count(List.of(), by, Map.of());
        assertThat(result.counted()).isZero();
        if (by != Stats.By.QUAD) {
            assertThat(result.buckets()).isEmpty();
        }
    }

    private static Map<String, Integer> counts(Object... keyThenCount) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keyThenCount.length; i += 2) {
            map.put((String) keyThenCount[i], (Integer) keyThenCount[i + 1]);
        }
        return map;
    }
}
