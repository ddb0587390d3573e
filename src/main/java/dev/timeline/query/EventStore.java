package dev.timeline.query;

import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a query's events come from: a curated dataset held whole ({@link Timeline}), or a big file read through
 * its index. Commands resolve names against it, run one {@link Query} and hand the result to a formatter.
 */
public interface EventStore {

    /** The dataset's id, title and description for output headings; its events may be empty for big files. */
    Dataset dataset();

    /** Every actor known, by id (for names in output). */
    Map<String, Actor> actorsById();

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
}
