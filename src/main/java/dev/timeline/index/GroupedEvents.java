package dev.timeline.index;

import dev.timeline.model.Event;
import dev.timeline.query.Timeline;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * A query's events from a big input, a group of equal day spans at a time: the candidates are parsed a window
 * at a time ({@link ParallelParse}), checked against the query, and each group sorted by {@link Timeline#ORDER},
 * so memory holds one window and one group, never the file.
 */
final class GroupedEvents implements Iterator<Event> {
    private final IndexedSource source;
    private final int[] order;
    private final Predicate<Event> matcher;
    private Event[] window = new Event[0];
    private int windowFrom; // position (in iteration order) of window[0]
    private final boolean descending;
    private final int limit;
    private final List<Event> group = new ArrayList<>();
    private int next; // groups consumed from the front (or back when descending)
    private int groupAt;
    private int emitted;
    private boolean finished;

    GroupedEvents(IndexedSource source, int[] order, Predicate<Event> matcher, boolean descending, int limit) {
        this.source = source;
        this.order = order;
        this.matcher = matcher;
        this.descending = descending;
        this.limit = limit;
    }

    @Override
    public boolean hasNext() {
        if (limit > 0 && emitted >= limit) {
            finish();
            return false;
        }
        while (groupAt >= group.size()) {
            if (next >= order.length) {
                finish();
                return false;
            }
            fill();
        }
        return true;
    }

    private void finish() {
        if (!finished) {
            finished = true;
            source.checkUnchanged();
        }
    }

    private void fill() {
        group.clear();
        groupAt = 0;
        RecordIndex index = source.index();
        int first = descending ? order.length - 1 - next : next;
        int s = index.start(order[first]);
        int e = index.end(order[first]);
        while (next < order.length) {
            int k = order[descending ? order.length - 1 - next : next];
            if (index.start(k) != s || index.end(k) != e) {
                break;
            }
            Event event = parsed(next);
            if (matcher.test(event)) {
                group.add(event);
            }
            next++;
        }
        group.sort(descending ? Timeline.ORDER.reversed() : Timeline.ORDER);
    }

    /** The event at position {@code at} of the iteration, parsing a window of them when it is not at hand. */
    private Event parsed(int at) {
        if (at < windowFrom || at >= windowFrom + window.length) {
            int size = Math.min(order.length - at, limit > 0 ? Math.max(64, Math.min(ParallelParse.WINDOW,
                    2 * limit)) : ParallelParse.WINDOW);
            int[] records = new int[size];
            for (int j = 0; j < size; j++) {
                records[j] = order[descending ? order.length - 1 - (at + j) : at + j];
            }
            window = source.parseAll(records);
            windowFrom = at;
        }
        return window[at - windowFrom];
    }

    @Override
    public Event next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        emitted++;
        return group.get(groupAt++);
    }
}
