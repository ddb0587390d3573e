package dev.timeline.engine;

import dev.timeline.model.EventType;
import dev.timeline.model.Role;
import dev.timeline.query.DateCondition;
import dev.timeline.query.Match;
import dev.timeline.query.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;

/**
 * A resolved {@link Query} compiled once into what every engine executes: the date bounds as inclusive days (null
 * for an open side), the actor id sets (already widened by {@code partOf} and links: no engine resolves names), and
 * the text filters in their normalised form. Sets are sorted so that the SQL of a query is always the same text.
 *
 * <p>What SQL decides exactly and what it only narrows ({@link #recheck()}): dates, actors, roles, {@code --with}
 * and types are exact. Tags, places, outlets and words compare {@link dev.timeline.model.Names#normalize normalised}
 * text: SQL reproduces that normalisation exactly for ASCII text and lets every row with other text through, so
 * those filters (and precision, which SQL cannot see in the EDTF text) are a conservative pre-filter, and the rows
 * that come back are checked again with {@link Query#matcher()}; the limit is then applied after that check, not
 * in SQL.
 *
 * @param dates     the date conditions, each on the inclusive span of an event
 * @param actorIds  any of these actor ids (with {@code roles}, in one of them); empty for no actor filter
 * @param roles     role ids; empty for any
 * @param withAll   for each set, one of its ids takes part
 * @param types     type ids, any of; empty for any
 * @param query     the query it was compiled from, whose matcher re-checks rows when {@link #recheck()}
 */
public record Plan(List<DateBound> dates, Set<String> actorIds, Set<String> roles, List<Set<String>> withAll,
        Set<String> types, Set<String> tags, List<String> places, List<String> outlets, List<String> words,
        boolean precision, boolean descending, int limit, Query query) {

    /**
     * One date condition on an event's span [{@code start}, {@code end}] (columns {@code start}/{@code end}, NULL
     * for an open side), as {@link DateCondition#test} decides it.
     *
     * @param from   the first day of the range, or null when unbounded
     * @param to     the last day of the range (inclusive), or null when unbounded
     * @param within the span must lie inside (else: touch) the range
     * @param empty  the range holds no day: nothing matches
     */
    public record DateBound(LocalDate from, LocalDate to, boolean within, boolean empty) {
    }

    public Plan {
        Objects.requireNonNull(query, "query");
    }

    /** Compiles {@code query}; ids no actor can have (a country the data do not name) are dropped from the sets. */
    public static Plan of(Query query) {
        if (!query.datasets().isEmpty()) {
            // the events relation has no dataset column: origins exist where several inputs are read as one
            throw new dev.timeline.query.QueryException("--dataset is not supported by the duckdb and spark engines "
                    + "(their input is one dataset); expected --dataset with --data given more than once, or "
                    + "--engine native");
        }
        List<DateBound> dates = query.dates().stream().map(Plan::bound).toList();
        return new Plan(dates, ids(query.actorIds()),
                query.roles().stream().map(Role::id).collect(Collectors.toCollection(TreeSet::new)),
                query.withAll().stream().map(Plan::ids).toList(),
                query.types().stream().map(EventType::id).collect(Collectors.toCollection(TreeSet::new)),
                new TreeSet<>(query.tags()), query.places(), query.outlets(), query.words(),
                query.precision() != null, query.descending(), query.limit(), query);
    }

    /** Whether the SQL only narrows the rows and {@link #matcher()} must check each one that comes back. */
    public boolean recheck() {
        return !tags.isEmpty() || !places.isEmpty() || !outlets.isEmpty() || !words.isEmpty() || precision;
    }

    /** Whether the actor filter is present but no actor can satisfy it (every id was one no actor has). */
    public boolean actorsImpossible() {
        return actorIds.isEmpty() && !query.actorIds().isEmpty();
    }

    /** The exact native predicate, for the rows of a {@link #recheck()} plan. */
    public Predicate<dev.timeline.model.Event> matcher() {
        return query.matcher();
    }

    /** The limit SQL may apply: the query's when SQL is exact, else none (0), the caller counts after the check. */
    public int sqlLimit() {
        return recheck() ? 0 : limit;
    }

    private static DateBound bound(DateCondition condition) {
        LocalDateRange range = condition.range();
        boolean within = condition.match() == Match.WITHIN;
        if (range.isEmpty()) {
            return new DateBound(null, null, within, true);
        }
        LocalDate from = range.isUnboundedStart() ? null : range.getStart();
        LocalDate to = range.isUnboundedEnd() ? null : range.getEndInclusive();
        return new DateBound(from, to, within, false);
    }

    /** Ids as SQL may name them: sorted, without the NUL-prefixed ids the selector uses for "no such actor". */
    private static Set<String> ids(Set<String> ids) {
        return ids.stream().filter(id -> id.indexOf('\u0000') < 0).collect(Collectors.toCollection(TreeSet::new));
    }
}
