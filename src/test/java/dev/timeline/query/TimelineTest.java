package dev.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

class TimelineTest {

    private static final Dataset SMALL = DatasetReader.read(Fixtures.path("small.json"));
    private static final Timeline TIMELINE = Timeline.of(SMALL);

    private static List<String> ids(LocalDateRange range, Match match) {
        return TIMELINE.query(Query.builder().date(new DateCondition(range, match)).build()).stream()
                .map(Event::id).toList();
    }

    private static LocalDateRange closed(String from, String to) {
        return LocalDateRange.ofClosed(LocalDate.parse(from), LocalDate.parse(to));
    }

    /** range → ids listed with overlaps, and with within. small.json: souring 2021/.., drills 2022-10, attack 2023-01-27, call 2023-04-07. */
    static Stream<Arguments> ranges() {
        return Stream.of(
                Arguments.of(closed("2022-10-15", "2022-10-20"), List.of("souring", "drills"), List.of()),
                Arguments.of(closed("2022-10-01", "2022-10-31"), List.of("souring", "drills"), List.of("drills")),
                Arguments.of(closed("2022-09-01", "2022-09-30"), List.of("souring"), List.of()),
                Arguments.of(closed("2023-01-27", "2023-01-27"), List.of("souring", "attack"), List.of("attack")),
                Arguments.of(closed("2020-01-01", "2020-12-31"), List.of(), List.of()),
                Arguments.of(LocalDateRange.ofUnboundedStart(LocalDate.parse("2022-01-01")), List.of("souring"),
                        List.of()),
                Arguments.of(LocalDateRange.ofUnboundedEnd(LocalDate.parse("2023-01-28")), List.of("souring", "call"),
                        List.of("call")),
                Arguments.of(LocalDateRange.ofUnbounded(), List.of("souring", "drills", "attack", "call"),
                        List.of("souring", "drills", "attack", "call")));
    }

    @ParameterizedTest
    @MethodSource("ranges")
    void rangeSemantics(LocalDateRange range, List<String> overlaps, List<String> within) {
        assertThat(ids(range, Match.OVERLAPS)).isEqualTo(overlaps);
        assertThat(ids(range, Match.WITHIN)).isEqualTo(within);
    }

    @Test
    void actorFilterIsAnyOf() {
        List<String> ids = TIMELINE.query(Query.builder().actors(Set.of("irgc", "bayramov")).build()).stream()
                .map(Event::id).toList();
        assertThat(ids).containsExactly("drills", "call");
    }

    /** Exhaustive over a small domain: the binary search never drops what a full scan would keep. */
    @Test
    void searchAgreesWithAFullScanForEveryRangeInASmallDomain() {
        LocalDate first = LocalDate.parse("2022-09-25");
        for (int a = 0; a < 240; a += 3) {
            for (int b = a; b < 240; b += 7) {
                LocalDateRange range = LocalDateRange.ofClosed(first.plusDays(a), first.plusDays(b));
                for (Match match : Match.values()) {
                    DateCondition condition = new DateCondition(range, match);
                    Query query = Query.builder().date(condition).build();
                    List<Event> scan = TIMELINE.events().stream().filter(condition::test).toList();
                    assertThat(TIMELINE.query(query)).as(range + " " + match).isEqualTo(scan);
                }
            }
        }
    }
}
