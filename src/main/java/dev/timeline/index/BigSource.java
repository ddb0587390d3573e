package dev.timeline.index;

import dev.timeline.io.DataException;
import dev.timeline.io.Problem;
import dev.timeline.io.Progress;
import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Names;
import dev.timeline.query.ActorResolver;
import dev.timeline.query.DateCondition;
import dev.timeline.query.EventStore;
import dev.timeline.query.Match;
import dev.timeline.query.Query;
import dev.timeline.query.Timeline;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A big input (JSON Lines, ACLED CSV, GDELT TSV) read through its {@link RecordIndex}: a query first selects
 * candidates from the index columns (dates, actors), then reads and parses only those records, in date order,
 * and checks the rest of the query on the parsed events. Records are sorted by the index's day span; events with
 * the same span (usually a handful) are parsed together and ordered by EDTF text and id, so the output follows
 * {@link Timeline#ORDER} while memory holds one such group, never the file.
 *
 * <p>Every record read is checked against the index (same span, same id hash), and the file's size and time are
 * checked again at the end: a file changed since it was indexed gives an error, never a stale answer.
 */
public final class BigSource implements EventStore, Closeable {

    private final Path path;
    private final String name;
    private final FileChannel channel;
    private final RowFormat rows;
    /** When more records than this would be parsed only to learn their actors, all actors are indexed instead. */
    static int completeAbove = 50_000; // tests lower it

    private RecordIndex index;
    private final java.util.function.Supplier<RecordIndex> completer;
    private final Reader mainReader = new Reader();
    private final Runnable onStale;
    /** Whether the content is no longer the version indexed (never, for a spool). */
    private final java.util.function.BooleanSupplier changed;
    /** Places a problem found in the content in the file the user named (a JSON array read as JSON Lines). */
    public java.util.function.UnaryOperator<Problem> place = java.util.function.UnaryOperator.identity();
    /** Whether the index came from the cache and is not yet proven by reading: a mismatch then blames it. */
    private volatile boolean fromCache;
    private final Thread cacheWriter;
    private final Dataset header;
    private Map<String, Actor> actorsById;
    private Map<String, Actor> actorsView;

    public BigSource(Path path, String name, FileChannel channel, RowFormat rows, RecordIndex index, Runnable onStale,
            java.util.function.BooleanSupplier changed, boolean fromCache, Thread cacheWriter,
            java.util.function.Supplier<RecordIndex> completer) {
        this.changed = changed;
        this.fromCache = fromCache;
        this.cacheWriter = cacheWriter;
        this.completer = completer;
        this.path = path;
        this.name = name;
        this.channel = channel;
        this.rows = rows;
        this.index = index;
        this.onStale = onStale;
        String file = path.getFileName() == null ? name : path.getFileName().toString();
        this.header = new Dataset(Names.slug(file), null, file, "Events read from " + name, List.of(), List.of());
    }

    /** The index in use (tests look at it). */
    RecordIndex index() {
        return index;
    }

    /** How many records the file holds (bad ones left out). */
    public int size() {
        return index.size();
    }

    /** The actors met in the file, each once. */
    public List<Actor> actors() {
        return index.actors();
    }

    @Override
    public Dataset dataset() {
        return header;
    }

    /**
     * Every actor known, by id. A live view: reading a record whose actors the index left out adds them, so
     * output always has their names.
     */
    @Override
    public synchronized Map<String, Actor> actorsById() {
        if (actorsById == null) {
            actorsById = new LinkedHashMap<>();
            index.actors().forEach(a -> actorsById.put(a.id(), a));
            actorsView = Collections.unmodifiableMap(actorsById);
        }
        return actorsView;
    }

    @Override
    public ActorResolver resolver() {
        return new ActorResolver(index.actors());
    }

    /** A resolver that knows these names if the file has them: indexes every actor when one is new to it. */
    @Override
    public ActorResolver resolver(java.util.Collection<String> names) {
        ActorResolver resolver = resolver();
        if (index.partial() && names.stream().anyMatch(n -> resolver.find(n).isEmpty())) {
            complete();
            return resolver();
        }
        return resolver;
    }

    /** Replaces a partial index by one with every record's actors. */
    private void complete() {
        RecordIndex full = completer.get();
        if (full.size() != index.size()) {
            throw stale("it changed since it was indexed");
        }
        index = full;
        if (actorsById != null) {
            index.actors().forEach(a -> actorsById.putIfAbsent(a.id(), a));
        }
    }

    @Override
    public Optional<Event> event(String id) {
        try {
            return find(id);
        } catch (IndexFault fault) {
            rebuild();
            return find(id);
        }
    }

    private Optional<Event> find(String id) {
        int hash = IndexRow.hash(id);
        for (int i = 0; i < index.size(); i++) {
            if (index.idHash().get(i) == hash) {
                Event event = read(i);
                if (event.id().equals(id)) {
                    return Optional.of(event);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public List<String> eventIds() {
        return List.of(); // a million ids are no help in a "did you mean"
    }

    @Override
    public Iterable<Event> query(Query query) {
        return () -> new Retrying(query, groups(query));
    }

    private Groups groups(Query query) {
        int[] candidates = candidates(query);
        if (index.partial() && (!query.actorIds().isEmpty() || !query.withAll().isEmpty())) {
            int unknown = 0;
            for (int i : candidates) {
                if (!index.actorsKnown(i)) {
                    unknown++;
                }
            }
            if (unknown > completeAbove) {
                complete();
                candidates = candidates(query);
            }
        }
        Integer[] order = new Integer[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            order[i] = candidates[i];
        }
        int[] start = index.start();
        int[] end = index.end();
        Arrays.sort(order, (a, b) -> start[a] != start[b] ? Integer.compare(start[a], start[b])
                : end[a] != end[b] ? Integer.compare(end[a], end[b]) : Integer.compare(a, b));
        Predicate<Event> matcher = query.matcher();
        return new Groups(order, matcher, query.descending(), query.limit());
    }

    /**
     * Thrown by a read that does not find the record a cached index describes while the file is unchanged: the
     * index is wrong (damaged yet passing its checks), not the file.
     */
    private static final class IndexFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IndexFault() {
            super("the cached index does not match the file", null, false, false);
        }
    }

    /** Throws the cached index away and indexes the file again; the next reads use the new index. */
    private synchronized void rebuild() {
        onStale.run();
        index = completer.get();
        fromCache = false;
        if (actorsById != null) {
            index.actors().forEach(a -> actorsById.putIfAbsent(a.id(), a));
        }
    }

    /**
     * The query's events; when a cached index proves wrong part way, the query runs again on a new index and the
     * events already given are skipped (the order is total, so they are the same ones).
     */
    private final class Retrying implements Iterator<Event> {
        private final Query query;
        private Iterator<Event> events;
        private int given;

        Retrying(Query query, Iterator<Event> events) {
            this.query = query;
            this.events = events;
        }

        @Override
        public boolean hasNext() {
            try {
                return events.hasNext();
            } catch (IndexFault fault) {
                restart();
                return events.hasNext();
            }
        }

        @Override
        public Event next() {
            Event event;
            try {
                event = events.next();
            } catch (IndexFault fault) {
                restart();
                event = events.next();
            }
            given++;
            return event;
        }

        private void restart() {
            rebuild();
            events = groups(query);
            for (int k = 0; k < given && events.hasNext(); k++) {
                events.next();
            }
        }
    }

    /** Candidates are parsed this many at a time, by every core, ahead of the output: memory stays bounded. */
    private static final int WINDOW = 4096;
    /** Fewer than this are parsed by the calling thread alone: starting threads would cost more. */
    private static final int PARALLEL_FROM = 256;

    /** Reads and parses the records {@code records} names, in parallel, into an array aligned with it. */
    private Event[] parseAll(int[] records) {
        Event[] events = new Event[records.length];
        if (records.length < PARALLEL_FROM) {
            for (int k = 0; k < records.length; k++) {
                events[k] = read(records[k]);
            }
            return events;
        }
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "timeline-parse");
            t.setDaemon(true);
            return t;
        });
        // a failing part stops the others through this flag, not by interrupting them: an interrupt during a read
        // closes the file channel, which the error path and a rebuilt index still need
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            List<java.util.concurrent.Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    Reader reader = new Reader();
                    try {
                        for (int k = first; k < records.length && !stop.get(); k += threads) {
                            events[k] = reader.read(records[k]);
                        }
                    } catch (RuntimeException e) {
                        stop.set(true);
                        throw e;
                    }
                }));
            }
            for (java.util.concurrent.Future<?> part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataException(name, "interrupted while reading");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            stop.set(true);
            pool.shutdown();
            try {
                pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return events;
    }

    /** Every event in file order, for conversions. */
    public void forEach(Consumer<Event> action) {
        forEach(action, Progress.NONE);
    }

    /** Every event in file order, telling {@code progress} the bytes read. */
    public void forEach(Consumer<Event> action, Progress progress) {
        progress.start("reading " + name, contentSize());
        try {
            for (int i = 0; i < index.size(); i++) {
                Event event;
                try {
                    event = read(i);
                } catch (IndexFault fault) {
                    rebuild(); // the records before i were read and checked: the new index has them too
                    event = read(i);
                }
                action.accept(event);
                progress.advance(index.length().get(i) + 1);
            }
        } finally {
            progress.done();
        }
        checkUnchanged();
    }

    /** The records whose index columns may satisfy the query's dates and actors (in no particular order). */
    private int[] candidates(Query query) {
        int n = index.size();
        List<int[]> ranges = new ArrayList<>();
        List<Boolean> within = new ArrayList<>();
        for (DateCondition condition : query.dates()) {
            ranges.add(new int[] {IndexRow.day(condition.range().getStart()),
                IndexRow.day(condition.range().getEndInclusive())});
            within.add(condition.match() == Match.WITHIN);
        }
        boolean[] wanted = actorSet(query.actorIds());
        List<boolean[]> withAll = new ArrayList<>();
        for (Set<String> ids : query.withAll()) {
            withAll.add(actorSet(ids));
        }
        int[] start = index.start();
        int[] end = index.end();
        int[] actorFrom = index.actorFrom();
        int[] ids = index.actorIds();
        // with the records in order of first day, a date range is a window found by binary search
        RecordIndex.StartOrder byStart = index.byStart();
        int from = 0;
        int to = n;
        if (byStart != null) {
            for (int c = 0; c < ranges.size(); c++) {
                int[] range = ranges.get(c);
                if (range[1] != Integer.MAX_VALUE) {
                    to = Math.min(to, byStart.firstStartAfter(range[1]));
                }
                if (range[0] != Integer.MIN_VALUE) {
                    from = Math.max(from, within.get(c) ? byStart.firstStartFrom(range[0])
                            : byStart.firstReaching(range[0]));
                }
            }
        }
        int[] out = new int[Math.min(n, 1024)];
        int count = 0;
        records:
        for (int k = from; k < to; k++) {
            int i = byStart == null ? k : byStart.record().get(k);
            for (int c = 0; c < ranges.size(); c++) {
                int[] range = ranges.get(c);
                boolean ok = within.get(c) ? start[i] >= range[0] && end[i] <= range[1]
                        : start[i] <= range[1] && end[i] >= range[0];
                if (!ok) {
                    continue records;
                }
            }
            if (index.actorsKnown(i)) { // else the parsed event is checked
                if (wanted != null && !any(wanted, ids, actorFrom[i], actorFrom[i + 1])) {
                    continue;
                }
                for (boolean[] set : withAll) {
                    if (!any(set, ids, actorFrom[i], actorFrom[i + 1])) {
                        continue records;
                    }
                }
            }
            if (count == out.length) {
                out = Arrays.copyOf(out, count * 2);
            }
            out[count++] = i;
        }
        return Arrays.copyOf(out, count);
    }

    private static boolean any(boolean[] set, int[] ids, int from, int to) {
        for (int k = from; k < to; k++) {
            if (set[ids[k]]) {
                return true;
            }
        }
        return false;
    }

    /** The dictionary entries with these ids, as a lookup table; null when the query names no actor. */
    private boolean[] actorSet(Set<String> actorIds) {
        if (actorIds.isEmpty()) {
            return null;
        }
        boolean[] set = new boolean[index.actors().size()];
        for (int a = 0; a < set.length; a++) {
            set[a] = actorIds.contains(index.actors().get(a).id());
        }
        return set;
    }

    /** Reads and parses record {@code i}, checking that it is still the record the index describes. */
    Event read(int i) {
        return mainReader.read(i);
    }

    /** Reads records; one per thread, each with its own buffer. */
    private final class Reader {
        private ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        private final IndexRow scratch = new IndexRow();

        Event read(int i) {
            int length = index.length().get(i);
            if (buffer.capacity() < length) {
                buffer = ByteBuffer.allocate(Math.max(length, buffer.capacity() * 2));
            }
            buffer.clear().limit(length);
            try {
                long at = index.offset().get(i);
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, at + buffer.position()) < 0) {
                        throw mismatch("it is shorter than when it was indexed");
                    }
                }
            } catch (IOException e) {
                throw new DataException(name, "cannot read: " + e.getMessage());
            }
            Event event;
            try {
                event = rows.parse(buffer.array(), 0, length);
                if (!index.actorsKnown(i)) {
                    learnActors(length);
                }
            } catch (BadRow bad) {
                if (isChanged()) {
                    throw stale("it changed since it was indexed");
                }
                if (fromCache) {
                    throw new IndexFault(); // the record may be fine and the index pointing past it
                }
                throw new DataException(List.of(place.apply(new Problem(name, index.line().get(i), bad.column(),
                        bad.getMessage()))));
            }
            if (IndexRow.day(event.date().earliest()) != index.start()[i]
                    || IndexRow.day(event.date().latest()) != index.end()[i]
                    || IndexRow.hash(event.id()) != index.idHash().get(i)) {
                throw mismatch("line " + index.line().get(i) + " no longer holds the record indexed there");
            }
            return event;
        }

        /** Adds the actors of the record in the buffer, which the index left out, to {@link #actorsById()}. */
        private void learnActors(int length) throws BadRow {
            int known = scratch.dictionary.size();
            scratch.reset();
            rows.index(buffer.array(), 0, length, scratch);
            if (scratch.dictionary.size() > known) {
                synchronized (BigSource.this) {
                    actorsById();
                    for (int a = known; a < scratch.dictionary.size(); a++) {
                        Actor actor = scratch.dictionary.get(a);
                        actorsById.putIfAbsent(actor.id(), actor);
                    }
                }
            }
        }
    }

    private boolean isChanged() {
        return changed.getAsBoolean();
    }

    private long contentSize() {
        try {
            return channel.size();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Fails when the file changed while it was being read, so that output is never silently stale. */
    void checkUnchanged() {
        if (isChanged()) {
            throw stale("it changed while it was being read");
        }
    }

    /** A read that does not find what the index says: the file changed, or a cached index is wrong. */
    private RuntimeException mismatch(String why) {
        if (!isChanged() && fromCache) {
            return new IndexFault();
        }
        return stale(why);
    }

    private DataException stale(String why) {
        onStale.run();
        return new DataException(name, "the file changed while timeline was reading it (" + why + "); run the "
                + "command again");
    }

    /** Waits for the index being written to the cache, if any, and closes the file. */
    @Override
    public void close() throws IOException {
        try {
            if (cacheWriter != null) {
                cacheWriter.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            channel.close();
        }
    }

    /** The query's events, a group of equal spans at a time. */
    private final class Groups implements Iterator<Event> {
        private final Integer[] order;
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

        Groups(Integer[] order, Predicate<Event> matcher, boolean descending, int limit) {
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
                checkUnchanged();
            }
        }

        private void fill() {
            group.clear();
            groupAt = 0;
            int[] start = index.start();
            int[] end = index.end();
            int first = descending ? order.length - 1 - next : next;
            int s = start[order[first]];
            int e = end[order[first]];
            while (next < order.length) {
                int k = order[descending ? order.length - 1 - next : next];
                if (start[k] != s || end[k] != e) {
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
                int size = Math.min(order.length - at, limit > 0 ? Math.max(64, Math.min(WINDOW, 2 * limit))
                        : WINDOW);
                int[] records = new int[size];
                for (int j = 0; j < size; j++) {
                    records[j] = order[descending ? order.length - 1 - (at + j) : at + j];
                }
                window = parseAll(records);
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
}
