package dev.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.dates.Precision;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Names;
import dev.timeline.model.Role;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.support.Fixtures;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each non-date filter of a {@link Query} on its own and combined (AND between parts, OR within one), and order
 * and limit (names, tags, places, outlets and words are given normalised, as the query holds them). Written for
 * the mutants PIT found alive: no test chose events by type, precision, role, tag, outlet
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
                Arguments.of("no filter", q(b -> b), List.of("souring", "drills", "attack", "call")),
                Arguments.of("one type", q(b -> b.types(Set.of(EventType.ARMED_ATTACK))), List.of("attack")),
                Arguments.of("any of two types", q(b -> b.types(Set.of(EventType.ARMED_ATTACK,
                        EventType.PHONE_CALL))), List.of("attack", "call")),
                Arguments.of("known to the day", q(b -> b.precision(Precision.DAY)), List.of("attack", "call")),
                Arguments.of("known to the month", q(b -> b.precision(Precision.MONTH)),
                        List.of("drills", "attack", "call")),
                Arguments.of("an actor", q(b -> b.actors(Set.of("azerbaijan"))),
                        List.of("souring", "drills", "attack")),
                Arguments.of("an actor in a role", q(b -> b.actors(Set.of("azerbaijan")).roles(Set.of(
                        Role.TARGET))), List.of("drills", "attack")),
                Arguments.of("a role alone", q(b -> b.roles(Set.of(Role.PARTICIPANT))),
                        List.of("souring", "call")),
                Arguments.of("a role no actor of the list has", q(b -> b.actors(Set.of("irgc")).roles(Set.of(
                        Role.TARGET))), List.of()),
                Arguments.of("with both", q(b -> b.with(Set.of("iran")).with(Set.of("azerbaijan"))),
                        List.of("souring")),
                Arguments.of("with either of a set", q(b -> b.with(Set.of("iran", "irgc"))),
                        List.of("souring", "drills")),
                Arguments.of("a tag", q(b -> b.tags(Set.of(Names.normalize("de-escalation")))), List.of("call")),
                Arguments.of("a tag nobody has", q(b -> b.tags(Set.of("escalation"))), List.of()),
                Arguments.of("a place name", q(b -> b.places(List.of("tehran"))), List.of("attack")),
                Arguments.of("a country code", q(b -> b.places(List.of("IRN"))), List.of("drills", "attack")),
                Arguments.of("an outlet", q(b -> b.outlets(List.of("eurasianet"))), List.of("drills")),
                Arguments.of("a word of an outlet", q(b -> b.outlets(List.of("news"))), List.of("attack")),
                Arguments.of("a word", q(b -> b.words(List.of("guard"))), List.of("attack")),
                Arguments.of("every word", q(b -> b.words(List.of("guard", "killed"))), List.of("attack")),
                Arguments.of("not every word", q(b -> b.words(List.of("guard", "border"))), List.of()),
                Arguments.of("two parts, both must hold", q(b -> b.actors(Set.of("azerbaijan")).types(Set.of(
                        EventType.MILITARY_EXERCISE))), List.of("drills")),
                Arguments.of("newest first", q(b -> b.descending(true)),
                        List.of("call", "attack", "drills", "souring")),
                Arguments.of("at most two", q(b -> b.limit(2)), List.of("souring", "drills")),
                Arguments.of("the newest two", q(b -> b.descending(true).limit(2)), List.of("call", "attack")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void selects(String what, UnaryOperator<Query.Builder> query, List<String> ids) {
        // built here, not in filters(): PIT credits a mutant's death only to code the test itself runs
        Query built = query.apply(Query.builder()).build();
        assertThat(TIMELINE.query(built).stream().map(Event::id).toList()).isEqualTo(ids);
        // the matcher alone agrees with the query, order and limit aside
        List<String> matched = SMALL.events().stream().filter(built.matcher()).map(Event::id).toList();
        assertThat(matched).containsAll(ids);
        if (built.limit() == 0) {
            assertThat(matched).hasSameSizeAs(ids);
        }
    }

    private static UnaryOperator<Query.Builder> q(UnaryOperator<Query.Builder> parts) {
        return parts;
    }

    @Test
    void refusesANegativeLimit() {
        assertThatThrownBy(() -> Query.builder().limit(-1).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
