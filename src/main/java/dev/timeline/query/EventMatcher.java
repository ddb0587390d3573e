package dev.timeline.query;

import dev.timeline.model.Event;
import dev.timeline.model.Names;
import dev.timeline.model.Participation;
import dev.timeline.model.Source;
import java.util.Set;
import java.util.function.Predicate;

/** Whether one event satisfies the non-ordering parts of a {@link Query}. */
final class EventMatcher implements Predicate<Event> {

    private final Query query;

    EventMatcher(Query query) {
        this.query = query;
    }

    @Override
    public boolean test(Event event) {
        for (DateCondition condition : query.dates()) {
            if (!condition.test(event)) {
                return false;
            }
        }
        return (query.datasets().isEmpty() || query.datasets().contains(event.dataset()))
                && (query.precision() == null || event.date().precision().atLeast(query.precision()))
                && (query.types().isEmpty() || query.types().contains(event.type()))
                && actors(event)
                && withAll(event)
                && tags(event)
                && places(event)
                && outlets(event)
                && words(event);
    }

    private boolean actors(Event event) {
        if (query.actorIds().isEmpty() && query.roles().isEmpty()) {
            return true;
        }
        for (Participation p : event.actors()) {
            if ((query.actorIds().isEmpty() || query.actorIds().contains(p.actorId()))
                    && (query.roles().isEmpty() || query.roles().contains(p.role()))) {
                return true;
            }
        }
        return false;
    }

    private boolean withAll(Event event) {
        for (Set<String> ids : query.withAll()) {
            if (event.actors().stream().noneMatch(p -> ids.contains(p.actorId()))) {
                return false;
            }
        }
        return true;
    }

    private boolean tags(Event event) {
        return query.tags().isEmpty() || event.tags().stream().map(Names::normalize).anyMatch(query.tags()::contains);
    }

    private boolean places(Event event) {
        if (query.places().isEmpty()) {
            return true;
        }
        if (event.place() == null) {
            return false;
        }
        String name = event.place().name() == null ? "" : " " + Names.normalize(event.place().name()) + " ";
        for (String wanted : query.places()) {
            if (wanted.equals(event.place().country()) || name.contains(" " + wanted + " ")) {
                return true;
            }
        }
        return false;
    }

    private boolean outlets(Event event) {
        if (query.outlets().isEmpty()) {
            return true;
        }
        for (Source source : event.sources()) {
            if (source.outlet() != null) {
                String outlet = " " + Names.normalize(source.outlet()) + " ";
                if (query.outlets().stream().anyMatch(w -> outlet.contains(" " + w + " "))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean words(Event event) {
        if (query.words().isEmpty()) {
            return true;
        }
        String text = Names.normalize(event.title() + " " + event.summary());
        return query.words().stream().allMatch(term -> TextTerms.matches(text, term));
    }
}
