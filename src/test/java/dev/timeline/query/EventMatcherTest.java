package dev.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.dates.Precision;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Names;
import dev.timeline.model.Role;
import dev.timeline.store.DatasetReader;
import dev.timeline.support.Fixtures;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each non-date filter of a {@link Query} on its own and combined (AND between parts, OR within one), and order
 * and limit (names, tags, places, outlets and words are given normalised, as the query holds them). Written for the mutants PIT found alive: no test chose events by type, precision, role, tag, outlet
 * or words through the query itself. small.json, in date order: souring (2021/.., iran and azerbaijan
 * participants), drills (2022-10, irgc initiator, azerbaijan target, IRN border, Eurasianet), attack (2023-01-27,
 * azerbaijan target, Tehran IRN, Caspian News, "One guard killed."), call (2023-04-07, bayramov participant,
 * tag de-escalation).
 */
class EventMatcherTest {

    private static final Dataset SMALL = DatasetReader.read(Fixtures.path("small.json"));
    private static final Timeline TIMELINE = Timeline.of(SMALL);

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of("no filter", Query.builder(), List.of("souring", "drills", "attack", "call")),
                Arguments.of("one type", Query.builder().types(Set.of(EventType.ARMED_ATTACK)), List.of("attack")),
                Arguments.of("any of two types", Query.builder().types(Set.of(EventType.ARMED_ATTACK,
                        EventType.PHONE_CALL)), List.of("attack", "call")),
                Arguments.of("known to the day", Query.builder().precision(Precision.DAY), List.of("attack", "call")),
                Arguments.of("known to the month", Query.builder().precision(Precision.MONTH),
                        List.of("drills", "attack", "call")),
                Arguments.of("an actor", Query.builder().actors(Set.of("azerbaijan")),
                        List.of("souring", "drills", "attack")),
                Arguments.of("an actor in a role", Query.builder().actors(Set.of("azerbaijan")).roles(Set.of(
                        Role.TARGET)), List.of("drills", "attack")),
                Arguments.of("a role alone", Query.builder().roles(Set.of(Role.PARTICIPANT)),
                        List.of("souring", "call")),
                Arguments.of("a role no actor of the list has", Query.builder().actors(Set.of("irgc")).roles(Set.of(
                        Role.TARGET)), List.of()),
                Arguments.of("with both", Query.builder().with(Set.of("iran")).with(Set.of("azerbaijan")),
                        List.of("souring")),
                Arguments.of("with either of a set", Query.builder().with(Set.of("iran", "irgc")),
                        List.of("souring", "drills")),
                Arguments.of("a tag", Query.builder().tags(Set.of(Names.normalize("de-escalation"))), List.of("call")),
                Arguments.of("a tag nobody has", Query.builder().tags(Set.of("escalation")), List.of()),
                Arguments.of("a place name", Query.builder().places(List.of("tehran")), List.of("attack")),
                Arguments.of("a country code", Query.builder().places(List.of("IRN")), List.of("drills", "attack")),
                Arguments.of("an outlet", Query.builder().outlets(List.of("eurasianet")), List.of("drills")),
                Arguments.of("a word of an outlet", Query.builder().outlets(List.of("news")), List.of("attack")),
                Arguments.of("a word", Query.builder().words(List.of("guard")), List.of("attack")),
                Arguments.of("every word", Query.builder().words(List.of("guard", "killed")), List.of("attack")),
                Arguments.of("not every word", Query.builder().words(List.of("guard", "border")), List.of()),
                Arguments.of("two parts, both must hold", Query.builder().actors(Set.of("azerbaijan")).types(Set.of(
                        EventType.MILITARY_EXERCISE)), List.of("drills")),
                Arguments.of("newest first", Query.builder().descending(true),
                        List.of("call", "attack", "drills", "souring")),
                Arguments.of("at most two", Query.builder().limit(2), List.of("souring", "drills")),
                Arguments.of("the newest two", Query.builder().descending(true).limit(2), List.of("call", "attack")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void selects(String what, Query.Builder query, List<String> ids) {
        Query built = query.build();
        assertThat(TIMELINE.query(built).stream().map(Event::id).toList()).isEqualTo(ids);
        // the matcher alone agrees with the query, order and limit aside
        List<String> matched = SMALL.events().stream().filter(built.matcher()).map(Event::id).toList();
        assertThat(matched).containsAll(ids);
        if (built.limit() == 0) {
            assertThat(matched).hasSameSizeAs(ids);
        }
    }

    @Test
    void refusesANegativeLimit() {
        assertThatThrownBy(() -> Query.builder().limit(-1).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
