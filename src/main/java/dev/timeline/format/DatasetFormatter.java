package dev.timeline.format;

import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loadable dataset file (the native format) holding the selected events and the actors they need: those they
 * name and everything those are part of. Actors and events keep the source file's order. Not streamed: the actor
 * list comes first in the file but depends on every event.
 */
final class DatasetFormatter implements Formatter {

    private final FormatContext context;

    DatasetFormatter(FormatContext context) {
        this.context = context;
    }

    @Override
    public void write(Iterable<Event> events, Writer out) throws IOException {
        Dataset source = context.dataset();
        // the context's actors: a dataset's own, or those of a big file or of several files read together, whose
        // header lists none
        Map<String, Actor> byId = context.actors();
        Set<String> needed = new HashSet<>();
        List<Event> selected = new ArrayList<>();
        for (Event event : events) {
            selected.add(event);
            for (Participation p : event.actors()) {
                for (Actor a = byId.get(p.actorId()); a != null && needed.add(a.id()); a = byId.get(a.partOf())) {
                    // the actor and everything it is part of
                }
            }
        }
        Set<String> selectedIds = new HashSet<>();
        selected.forEach(e -> selectedIds.add(e.id()));
        List<Event> inFileOrder = source.events().stream().filter(e -> selectedIds.contains(e.id())).toList();
        List<Actor> actors = byId.values().stream().filter(a -> needed.contains(a.id())).toList();
        DatasetJson.write(new Dataset(source.id(), source.version(), source.title(), source.description(),
                actors, inFileOrder.size() == selected.size() ? inFileOrder : selected), out);
    }
}
