package dev.timeline.query;

import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where a query's events come from: a curated dataset held whole ({@link Timeline}), or a big file read through
 * its index. Commands resolve names against it, run one {@link Query} and hand the result to a formatter, and close
 * it when the run ends.
 */
public interface EventStore extends Closeable {

    /** The dataset's id, title and description for output headings; its events may be empty for big files. */
    Dataset dataset();

    /** Every actor known, by id (for names in output). */
    Map<String, Actor> actorsById();

    /** The actors, each once, in the store's own order (a dataset's; those met in a big file): for conversions. */
    List<Actor> actors();

    /** Resolves the actor names people type. */
    ActorResolver resolver();

    /**
     * Resolves the actor names people type, knowing that {@code names} will be asked about: a store that has not
     * yet read every actor (a big file indexed for one query) reads them all when one of the names is new to it.
     */
    default ActorResolver resolver(Collection<String> names) {
        return resolver();
    }

    /** The event with this id, if any. */
    Optional<Event> event(String id);

    /** Event ids to suggest for a mistyped one; may be empty when there are too many to search. */
    List<String> eventIds();

    /**
     * The events {@code query} selects, in its order (earliest, latest, id; reversed for {@code -date}) and up to
     * its limit. The result may be read once, as it streams.
     */
    Iterable<Event> query(Query query);

    /**
     * Every event once, in the order the store holds them (a dataset's order, a big file's), for conversions: a big
     * file is read through, telling the progress it was opened with.
     */
    void forEachStored(Consumer<Event> action);

    /**
     * The names of the datasets its events come from, for {@code --dataset}: a union's members; for one file, the
     * names its events carry ({@link Event#dataset()}: an export of several read back), found by reading it
     * through; empty when they carry none.
     */
    default List<String> datasetNames() {
        Set<String> names = new LinkedHashSet<>();
        query(Query.ALL).forEach(e -> {
            if (e.dataset() != null) {
                names.add(e.dataset());
            }
        });
        return List.copyOf(names);
    }

    /**
     * The whole store as one dataset in memory, events in date order, for commands that need every event and actor
     * at hand (show, actors, stats, chart). A big file is read whole through its index for that; a store that
     * already holds a dataset returns it.
     */
    default Dataset whole() {
        List<Event> all = new ArrayList<>();
        query(Query.ALL).forEach(all::add);
        Dataset header = dataset();
        return new Dataset(header.id(), header.version(), header.title(), header.description(),
                List.copyOf(actorsById().values()), all);
    }

    /** Ends the store's use: a big file's index still being written to the cache is finished first. No-op here. */
    @Override
    default void close() throws IOException {
    }
}
