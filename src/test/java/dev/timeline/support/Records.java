package dev.timeline.support;

import dev.timeline.dates.EventDate;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Participation;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Events of named datasets built directly, as a run over several {@code --data} files gives them (until the
 * multi-source store reads them): {@code record("acled", "a1", "2023-03-28", EventType.BATTLES, "iran")}.
 */
public final class Records {

    private Records() {
    }

    /** A record of {@code dataset} naming {@code actors} as initiators, cited from an outlet named after it. */
    public static Event record(String dataset, String id, String date, EventType type, String... actors) {
        return new Event(id, EventDate.parse(date), "Title of " + id, "", type,
                Arrays.stream(actors).map(a -> new Participation(a, Role.INITIATOR)).toList(), null, null,
                List.of(new Source("Outlet " + id, null, null, null, null)), List.of(), null, dataset);
    }

    /** The same, with tags (e.g. GDELT's {@code quad:4}). */
    public static Event tagged(Event event, String... tags) {
        return new Event(event.id(), event.date(), event.title(), event.summary(), event.type(), event.actors(),
                event.place(), event.fatalities(), event.sources(), List.of(tags), event.note(), event.dataset());
    }

    /** Actor keys that link an actor id across datasets: the id itself, whatever the dataset. */
    public static final Function<Event, Set<String>> SAME_ID = e -> {
        Set<String> keys = new HashSet<>();
        e.actors().forEach(p -> keys.add(p.actorId()));
        return keys;
    };
}
