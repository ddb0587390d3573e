package dev.timeline.index;

import dev.timeline.io.DataException;
import dev.timeline.io.Problem;
import dev.timeline.io.Progress;
import dev.timeline.io.Trace;
import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Names;
import dev.timeline.query.ActorResolver;
import dev.timeline.query.EventStore;
import dev.timeline.query.Query;
import dev.timeline.query.Timeline;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A big input (JSON Lines, ACLED CSV, GDELT TSV) read through its {@link RecordIndex}: a query first selects
 * candidates from the index columns (dates, actors), then reads and parses only those records, in date order,
 * and checks the rest of the query on the parsed events. Records are sorted by the index's day span; events with
 * the same span (usually a handful) are parsed together and ordered by EDTF text and id, so the output follows
 * {@link Timeline#ORDER} while memory holds one such group, never the file.
 *
 * <p>Every record read is checked against the index (same span, same id hash), and the file's size and time are
 * checked again at the end: a file changed since it was indexed gives an error, never a stale answer.
 *
 * <p>{@link BigSource} is this store under its public name, with the entry points that open one.
 */
abstract sealed class IndexedSource implements EventStore, Closeable permits BigSource {
    private final Path path;
    private final String name;
    private final FileChannel channel;
    private final RowFormat rows;
    /** When more records than this would be parsed only to learn their actors, all actors are indexed instead. */
    private final int completeAbove;

    private RecordIndex index;
    private final Supplier<RecordIndex> completer;
    private final RecordReader mainReader = new RecordReader(this, true);
    /**
     * The plain file the content is, or null (a spool, or not to be opened again): the main reader reads its records
     * through a {@link RandomAccessFile} of it ({@link #directFile}).
     */
    Path direct;
    private RandomAccessFile directFile;
    private final Runnable onStale;
    /** Whether the content is no longer the version indexed (never, for a spool). */
    private final BooleanSupplier changed;
    /** Places a problem found in the content in the file the user named (a JSON array read as JSON Lines). */
    UnaryOperator<Problem> place = UnaryOperator.identity();
    /** Told the phases of a query (candidates found, the first window parsed), for tuning; then no more. */
    Trace trace = Trace.NONE;
    /** Whether the index came from the cache and is not yet proven by reading: a mismatch then blames it. */
    private volatile boolean fromCache;
    private final Thread cacheWriter;
    private final Dataset header;
    /** Told how {@link #forEachStored} goes: the progress of the options the file was opened with. */
    private Progress progress = Progress.NONE;
    private Map<String, Actor> actorsById;
    private Map<String, Actor> actorsView;

    IndexedSource(Path path, String name, FileChannel channel, RowFormat rows, RecordIndex index, Runnable onStale,
            BooleanSupplier changed, boolean fromCache, Thread cacheWriter, BigSource.Tuning tuning,
            Supplier<RecordIndex> completer) {
        this.completeAbove = tuning.completeAbove();
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

    String name() {
        return name;
    }

    FileChannel channel() {
        return channel;
    }

    RowFormat rows() {
        return rows;
    }

    boolean fromCache() {
        return fromCache;
    }

    /** Adds {@code dictionary[from..]}, actors a record named that the index left out, to {@link #actorsById()}. */
    synchronized void learn(List<Actor> dictionary, int from) {
        actorsById();
        for (int a = from; a < dictionary.size(); a++) {
            Actor actor = dictionary.get(a);
            actorsById.putIfAbsent(actor.id(), actor);
        }
    }

    /** Parses the records {@code records} names, on every core when they are many, into an aligned array. */
    Event[] parseAll(int[] records) {
        IndexedSource source = this;
        Event[] parsed = ParallelParse.parseAll(records, name, mainReader, new Supplier<RecordReader>() {
            @Override
            public RecordReader get() { // a class, not a lambda: most runs never call it, yet would link it
                return new RecordReader(source, false);
            }
        });
        trace.mark("first " + records.length + " candidates read and parsed");
        trace = Trace.NONE; // the rest are the same again
        return parsed;
    }

    /** How many records the file holds (bad ones left out). */
    public int size() {
        return index.size();
    }

    /** The actors met in the file, each once. */
    @Override
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
            for (Actor actor : index.actors()) {
                actorsById.put(actor.id(), actor);
            }
            actorsView = Collections.unmodifiableMap(actorsById);
        }
        return actorsView;
    }

    @Override
    public ActorResolver resolver() {
        return rows.tiesActorsToCountries() ? ActorResolver.coveringCountries(index.actors())
                : new ActorResolver(index.actors());
    }

    /** A resolver that knows these names if the file has them: indexes every actor when one is new to it. */
    @Override
    public ActorResolver resolver(Collection<String> names) {
        ActorResolver resolver = resolver();
        if (index.partial()) {
            for (String name : names) { // a loop, not a stream: this runs in every query that names an actor
                if (resolver.find(name).isEmpty()) {
                    complete();
                    return resolver();
                }
            }
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
        IndexedSource source = this;
        return new Iterable<>() { // a class, not a lambda: no linking in every run
            @Override
            public Iterator<Event> iterator() {
                return new RetryingEvents(source, query);
            }
        };
    }

    /** The query's events on the index as it is now. */
    GroupedEvents groups(Query query) {
        int[] candidates = Candidates.of(index, query);
        if (index.partial() && (!query.actorIds().isEmpty() || !query.withAll().isEmpty())
                && Candidates.actorsUnknown(index, candidates) > completeAbove) {
            complete();
            candidates = Candidates.of(index, query);
        }
        trace.mark(candidates.length + " candidates found");
        return new GroupedEvents(this, candidates, query.matcher(), query.descending(), query.limit());
    }

    /**
     * Thrown by a read that does not find the record a cached index describes while the file is unchanged: the
     * index is wrong (damaged yet passing its checks), not the file.
     */
    static final class IndexFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IndexFault() {
            super("the cached index does not match the file", null, false, false);
        }
    }

    /** Throws the cached index away and indexes the file again; the next reads use the new index. */
    synchronized void rebuild() {
        onStale.run();
        index = completer.get();
        fromCache = false;
        if (actorsById != null) {
            index.actors().forEach(a -> actorsById.putIfAbsent(a.id(), a));
        }
    }

    /** Every event in file order, for conversions. */
    public void forEach(Consumer<Event> action) {
        forEach(action, Progress.NONE);
    }

    /** Sets the progress {@link #forEachStored} tells: that of the options the file was opened with. */
    void reportTo(Progress progress) {
        this.progress = progress;
    }

    /** Every event in file order, telling the progress the file was opened with (import's progress bar). */
    @Override
    public void forEachStored(Consumer<Event> action) {
        forEach(action, progress);
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

    /** Reads and parses record {@code i}, checking that it is still the record the index describes. */
    Event read(int i) {
        return mainReader.read(i);
    }

    boolean isChanged() {
        return changed.getAsBoolean();
    }

    /**
     * The content opened again as a {@link RandomAccessFile}, for the main reader, or null to read through the
     * channel. In a cold JVM a seek and a read cost a fifth of a positional {@link FileChannel} read, whose
     * interruptible-channel bookkeeping and temporary direct buffer run interpreted at first (1,345 records of the
     * 1M-event file: 2.3 ms against 7.5 to 17 ms). It is used only if the file is still the version indexed once it
     * is open, so it reads what the channel would; every record read is checked against the index anyway.
     */
    RandomAccessFile directFile() {
        if (directFile == null && direct != null) {
            try {
                RandomAccessFile file = new RandomAccessFile(direct.toFile(), "r");
                if (isChanged()) {
                    file.close();
                } else {
                    directFile = file;
                }
            } catch (IOException | SecurityException e) {
                // read through the channel
            }
            direct = null; // tried once
        }
        return directFile;
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
    RuntimeException mismatch(String why) {
        if (!isChanged() && fromCache) {
            return new IndexFault();
        }
        return stale(why);
    }

    DataException stale(String why) {
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
            try {
                if (directFile != null) {
                    directFile.close();
                }
            } finally {
                channel.close();
            }
        }
    }
}
