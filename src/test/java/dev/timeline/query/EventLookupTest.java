package dev.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.model.Event;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link EventLookup}: an event by id or unique prefix, and its related events (small.json). */
class EventLookupTest {

    private static final Timeline TIMELINE = Timeline.of(DatasetReader.read(Fixtures.path("small.json")));

    @ParameterizedTest
    @CsvSource({"attack, attack", "' call ', call", "dr, drills", "s, souring"})
    void findsByIdOrUniquePrefix(String typed, String id) {
        assertThat(EventLookup.byIdOrPrefix(TIMELINE, typed).id()).isEqualTo(id);
    }

    @Test
    void anAmbiguousOrUnknownIdIsNamed() {
        Timeline two = Timeline.of(DatasetReader.read(Fixtures.path("small.json")));
        assertThatThrownBy(() -> EventLookup.byIdOrPrefix(two, "atack")).isInstanceOf(QueryException.class)
                .hasMessage("unknown event 'atack' (did you mean 'attack'?)");
        assertThatThrownBy(() -> EventLookup.byIdOrPrefix(two, "zzz")).isInstanceOf(QueryException.class)
                .hasMessage("unknown event 'zzz'; 'timeline list --format csv' shows the ids");
        assertThatThrownBy(() -> EventLookup.byIdOrPrefix(two, "")).isInstanceOf(QueryException.class)
                .hasMessage("'' is ambiguous: it starts 4 event ids ('attack', 'call', 'drills', 'souring'); type "
                        + "more of the id");
    }

    @Test
    void relatedEventsShareAnActorAndComeWithinTheDays() {
        Event attack = EventLookup.byIdOrPrefix(TIMELINE, "attack");
        // drills (2022-10, Azerbaijan) ends 88 days before the attack; souring is open-ended
        assertThat(EventLookup.related(TIMELINE, attack, 14)).extracting(Event::id).containsExactly("souring");
        assertThat(EventLookup.related(TIMELINE, attack, 90)).extracting(Event::id)
                .containsExactly("souring", "drills");
        Event call = EventLookup.byIdOrPrefix(TIMELINE, "call");
        assertThat(EventLookup.related(TIMELINE, call, 400)).as("Bayramov is in no other event").isEmpty();
    }
}
