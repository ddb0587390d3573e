package dev.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Event;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * Lookups by id, the before/after conditions of --before/--after, and id-first name resolution. Written for the
 * mutants PIT found with no test reaching them (no test outside the CLI asked a timeline for one event).
 */
class TimelineLookupTest {

    private static final Timeline TIMELINE = Timeline.of(DatasetReader.read(Fixtures.path("small.json")));

    @Test
    void findsOneEventByIdAndListsEveryId() {
        assertThat(TIMELINE.event("attack")).map(Event::title).contains("Embassy attacked");
        assertThat(TIMELINE.event("no-such-event")).isEmpty();
        assertThat(TIMELINE.eventIds()).containsExactlyInAnyOrder("souring", "drills", "attack", "call");
        assertThat(TIMELINE.actorsById()).containsKeys("iran", "irgc", "azerbaijan", "bayramov");
        assertThat(TIMELINE.actorsById().get("irgc").partOf()).isEqualTo("iran");
    }

    @Test
    void certainlyBeforeAndAfterAPivotLeaveOutWhatMayOverlapIt() {
        // the pivot: the attack's day; drills (October 2022) ends before it, call (April 2023) starts after it,
        // souring (2021/..) may reach both sides and is in neither
        LocalDateRange pivot = LocalDateRange.ofClosed(LocalDate.of(2023, 1, 27), LocalDate.of(2023, 1, 27));
        assertThat(ids(DateCondition.certainlyBefore(pivot))).containsExactly("drills");
        assertThat(ids(DateCondition.certainlyAfter(pivot))).containsExactly("call");
    }

    @Test
    void anIdWinsOverSomeoneElsesAlias() {
        Actor city = new Actor("baku", "Baku city council", ActorKind.GOVERNMENT_BODY, "AZE", List.of(), null, null);
        Actor state = new Actor("azerbaijan", "Azerbaijan", ActorKind.STATE, "AZE", List.of("Baku"), null, null);
        ActorResolver resolver = new ActorResolver(List.of(state, city));
        assertThat(resolver.find("baku")).map(Actor::id).contains("baku");
        assertThat(resolver.find("Azerbaijan")).map(Actor::id).contains("azerbaijan");
        assertThat(new ActorResolver(TIMELINE.dataset().actors()).find("bayramov")).map(Actor::id)
                .contains("bayramov");
    }

    private static List<String> ids(DateCondition condition) {
        return TIMELINE.query(Query.builder().date(condition).build()).stream().map(Event::id).toList();
    }
}
