package dev.timeline.query;

import dev.timeline.dates.Window;
import dev.timeline.model.Event;
import dev.timeline.model.Names;
import dev.timeline.model.Participation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Finding one event by what people type, and the events around it: the questions {@code show} asks. */
public final class EventLookup {

    private EventLookup() {
    }

    /**
     * The event with id {@code typed} (blanks around ignored), or the only one whose id starts with it.
     *
     * @throws QueryException when no id starts with it (naming the closest ids), or several do (naming some)
     */
    public static Event byIdOrPrefix(Timeline timeline, String typed) {
        String wanted = typed.strip();
        List<Event> events = timeline.events();
        for (Event e : events) {
            if (e.id().equals(wanted)) {
                return e;
            }
        }
        List<String> prefixed = events.stream().map(Event::id).filter(i -> i.startsWith(wanted)).sorted().toList();
        if (prefixed.size() == 1) {
            return timeline.dataset().event(prefixed.get(0)).orElseThrow();
        }
        if (prefixed.size() > 1) {
            throw new QueryException("'" + typed + "' is ambiguous: it starts " + prefixed.size() + " event ids ("
                    + prefixed.stream().limit(6).map(i -> "'" + i + "'").collect(Collectors.joining(", "))
                    + (prefixed.size() > 6 ? ", …" : "") + "); type more of the id");
        }
        List<String> near = Names.closest(typed, events.stream().map(Event::id).toList(), 3);
        throw new QueryException("unknown event '" + typed + "'" + (near.isEmpty()
                ? "; 'timeline list --format csv' shows the ids"
                : " (did you mean " + near.stream().map(i -> "'" + i + "'").collect(Collectors.joining(" or "))
                        + "?)"));
    }

    /**
     * Events other than {@code event} sharing an actor with it whose span comes within {@code days} days of its
     * span, in date order.
     */
    public static List<Event> related(Timeline timeline, Event event, int days) {
        Set<String> actors = event.actors().stream().map(Participation::actorId).collect(Collectors.toSet());
        Query query = Query.builder().date(new DateCondition(Window.parse(days + "d").around(event.date().span()),
                Match.OVERLAPS)).actors(actors).build();
        return timeline.query(query).stream().filter(e -> !e.id().equals(event.id())).toList();
    }
}
