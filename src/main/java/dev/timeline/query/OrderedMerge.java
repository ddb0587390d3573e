package dev.timeline.query;

import dev.timeline.model.Event;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.BiFunction;

/**
 * The k-way merge of several members' ordered streams ({@link UnionStore}), up to a limit. Each stream is in its
 * store's order (earliest day, latest, id); the merge orders events of different members by those keys, on the ids
 * the members gave them, ties going to the member read first, and reverses all of it for newest first. A heap holds
 * one event per stream; once a single stream is left it is read on without the heap.
 */
final class OrderedMerge implements Iterator<Event> {

    /** An event of one member on its way through the merge: its own id orders it among the other members'. */
    private record Head(Event local, int member, int stream) {
    }

    private final List<Iterator<Event>> streams;
    private final List<Integer> members;
    private final PriorityQueue<Head> heads;
    private final int limit;
    private final BiFunction<Integer, Event, Event> toUnion;
    private int given;
    /** The one stream left once the others are done (or the only one asked), else -1. */
    private int alone = -1;

    /**
     * @param streams    the members' streams, each in its order
     * @param members    for each stream, the index of the member it reads
     * @param descending newest first
     * @param limit      at most this many events, 0 for all
     * @param toUnion    an event of a member (by index) as the union gives it
     */
    OrderedMerge(List<Iterator<Event>> streams, List<Integer> members, boolean descending, int limit,
            BiFunction<Integer, Event, Event> toUnion) {
        this.streams = streams;
        this.members = members;
        this.limit = limit;
        this.toUnion = toUnion;
        Comparator<Head> order = Comparator.comparing((Head h) -> h.local().date())
                .thenComparing(h -> h.local().id()).thenComparingInt(Head::member);
        this.heads = new PriorityQueue<>(Math.max(1, streams.size()), descending ? order.reversed() : order);
        for (int s = 0; s < streams.size(); s++) {
            advance(s);
        }
    }

    private void advance(int s) {
        if (streams.get(s).hasNext()) {
            heads.add(new Head(streams.get(s).next(), members.get(s), s));
        }
    }

    @Override
    public boolean hasNext() {
        if (limit != 0 && given >= limit) {
            return false;
        }
        return alone >= 0 ? streams.get(alone).hasNext() : !heads.isEmpty();
    }

    @Override
    public Event next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        given++;
        if (alone >= 0) {
            return toUnion.apply(members.get(alone), streams.get(alone).next());
        }
        Head head = heads.poll();
        if (heads.isEmpty()) {
            alone = head.stream();
        } else {
            advance(head.stream());
        }
        return toUnion.apply(head.member(), head.local());
    }
}
