package dev.timeline.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded, validated timeline: its actors and events, as in the file. References between them are known to
 * resolve (the reader checks that before building one).
 *
 * @param id          stable id of the dataset (used in calendar UIDs)
 * @param version     the dataset's own version, or null
 * @param title       title for people
 * @param description a sentence or two, or null
 * @param actors      every actor, in file order
 * @param events      every event, in file order
 */
public record Dataset(String id, String version, String title, String description, List<Actor> actors,
        List<Event> events) {

    public Dataset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        actors = List.copyOf(actors);
        events = List.copyOf(events);
    }

    /** Actors by id, in file order. */
    public Map<String, Actor> actorsById() {
        Map<String, Actor> byId = new LinkedHashMap<>();
        for (Actor actor : actors) { // a loop, not a lambda: every run asks (JDK 17 links each lambda)
            byId.put(actor.id(), actor);
        }
        return byId;
    }

    public Optional<Event> event(String eventId) {
        return events.stream().filter(e -> e.id().equals(eventId)).findFirst();
    }
}
