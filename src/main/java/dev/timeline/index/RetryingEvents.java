package dev.timeline.index;

import dev.timeline.model.Event;
import dev.timeline.query.Query;
import java.util.Iterator;

/**
 * The query's events; when a cached index proves wrong (its columns' check fails when the query first reads them,
 * or a record read is not the one it describes), the query runs again on a new index and the events already
 * given are skipped (the order is total, so they are the same ones).
 */
final class RetryingEvents implements Iterator<Event> {
    private final IndexedSource source;
    private final Query query;
    private Iterator<Event> events;
    private int given;

    RetryingEvents(IndexedSource source, Query query) {
        this.source = source;
        this.query = query;
        try {
            this.events = source.groups(query);
        } catch (IndexedSource.IndexFault fault) { // a cached index whose check failed when first read
            source.rebuild();
            this.events = source.groups(query);
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return events.hasNext();
        } catch (IndexedSource.IndexFault fault) {
            restart();
            return events.hasNext();
        }
    }

    @Override
    public Event next() {
        Event event;
        try {
            event = events.next();
        } catch (IndexedSource.IndexFault fault) {
            restart();
            event = events.next();
        }
        given++;
        return event;
    }

    private void restart() {
        source.rebuild();
        events = source.groups(query);
        for (int k = 0; k < given && events.hasNext(); k++) {
            events.next();
        }
    }
}
