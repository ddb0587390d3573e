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

    // loops, not streams: this runs for every candidate, and on JDK 17 each lambda costs its linking in a short run

    private boolean withAll(Event event) {
        for (Set<String> ids : query.withAll()) {
            if (!anyIn(event, ids)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyIn(Event event, Set<String> ids) {
        for (Participation p : event.actors()) {
            if (ids.contains(p.actorId())) {
                return true;
            }
        }
        return false;
    }

    private boolean tags(Event event) {
        if (query.tags().isEmpty()) {
            return true;
        }
        for (String tag : event.tags()) {
            if (query.tags().contains(Names.normalize(tag))) {
                return true;
            }
        }
        return false;
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
                for (String wanted : query.outlets()) {
                    if (outlet.contains(" " + wanted + " ")) {
                        return true;
                    }
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
        for (String term : query.words()) {
            if (!TextTerms.matches(text, term)) {
                return false;
            }
        }
        return true;
    }
}
