package dev.timeline.query;

import java.util.Objects;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * What to select from a timeline; every part narrows the result (AND).
 *
 * @param range    days of interest; {@link LocalDateRange#ofUnbounded()} for all time
 * @param match    how an event's span must relate to {@code range}
 * @param actorIds events involving any of these actors; empty for no actor filter
 */
public record Query(LocalDateRange range, Match match, Set<String> actorIds) {

    /** Every event. */
    public static final Query ALL = new Query(LocalDateRange.ofUnbounded(), Match.OVERLAPS, Set.of());

    public Query {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(match, "match");
        actorIds = Set.copyOf(actorIds);
    }
}
