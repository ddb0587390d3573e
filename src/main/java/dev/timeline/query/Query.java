package dev.timeline.query;

import dev.timeline.dates.Precision;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What to select from a timeline, and in what order; every part narrows the result (AND). Names are resolved
 * before a query is built: it holds actor ids, and text already in {@link dev.timeline.model.Names#normalize}
 * form.
 *
 * @param dates      conditions on the date, all of which must hold
 * @param actorIds   events involving any of these actors; empty for no actor filter
 * @param roles      narrows {@code actorIds} to these roles (alone: events with any actor in them); empty for any
 * @param withAll    for each set, the event involves one of its actors (all sets must hold)
 * @param types      any of these types; empty for any
 * @param tags       any of these tags (normalised); empty for any
 * @param places     place names (normalised) or ISO alpha-3 country codes (upper case), any of; empty for any
 * @param outlets    source outlets (normalised), any of; empty for any
 * @param words      every term (a word or a phrase, normalised: {@link TextTerms}) must occur as whole words in
 *                   title or summary; empty for any
 * @param precision  events known at least this precisely, or null for any
 * @param descending newest first instead of oldest first
 * @param limit      at most this many events, 0 for no limit
 * @param datasets   events read from any of these datasets ({@link Event#dataset()}, {@code --dataset}); empty for
 *                   any
 */
public record Query(List<DateCondition> dates, Set<String> actorIds, Set<Role> roles, List<Set<String>> withAll,
        Set<EventType> types, Set<String> tags, List<String> places, List<String> outlets, List<String> words,
        Precision precision, boolean descending, int limit, Set<String> datasets) {

    /** Every event, oldest first. */
    public static final Query ALL = builder().build();

    public Query {
        dates = List.copyOf(dates);
        actorIds = Set.copyOf(actorIds);
        roles = Set.copyOf(roles);
        List<Set<String>> sets = new ArrayList<>(withAll.size()); // a loop: every query, every short run
        for (Set<String> set : withAll) {
            sets.add(Set.copyOf(set));
        }
        withAll = List.copyOf(sets);
        types = Set.copyOf(types);
        tags = Set.copyOf(tags);
        places = List.copyOf(places);
        outlets = List.copyOf(outlets);
        words = List.copyOf(words);
        datasets = Set.copyOf(datasets);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (none) or more: " + limit);
        }
    }

    /** Whether an event satisfies every filter of this query (dates, actors, types, text...; not order or limit). */
    public Predicate<Event> matcher() {
        return new EventMatcher(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parts of a query; {@link #build()} makes the immutable value. */
    public static final class Builder {
        private final List<DateCondition> dates = new ArrayList<>();
        private final Set<String> actorIds = new LinkedHashSet<>();
        private final Set<Role> roles = new LinkedHashSet<>();
        private final List<Set<String>> withAll = new ArrayList<>();
        private final Set<EventType> types = new LinkedHashSet<>();
        private final Set<String> tags = new LinkedHashSet<>();
        private final List<String> places = new ArrayList<>();
        private final List<String> outlets = new ArrayList<>();
        private final List<String> words = new ArrayList<>();
        private Precision precision;
        private boolean descending;
        private int limit;
        private final Set<String> datasets = new LinkedHashSet<>();

        private Builder() {
        }

        public Builder date(DateCondition condition) {
            dates.add(Objects.requireNonNull(condition));
            return this;
        }

        public Builder actors(Set<String> ids) {
            actorIds.addAll(ids);
            return this;
        }

        public Builder roles(Set<Role> any) {
            roles.addAll(any);
            return this;
        }

        public Builder with(Set<String> ids) {
            withAll.add(ids);
            return this;
        }

        public Builder types(Set<EventType> any) {
            types.addAll(any);
            return this;
        }

        public Builder tags(Set<String> any) {
            tags.addAll(any);
            return this;
        }

        public Builder places(List<String> any) {
            places.addAll(any);
            return this;
        }

        public Builder outlets(List<String> any) {
            outlets.addAll(any);
            return this;
        }

        public Builder words(List<String> all) {
            words.addAll(all);
            return this;
        }

        public Builder precision(Precision atLeast) {
            precision = atLeast;
            return this;
        }

        public Builder descending(boolean newestFirst) {
            descending = newestFirst;
            return this;
        }

        public Builder limit(int max) {
            limit = max;
            return this;
        }

        public Builder datasets(Set<String> any) {
            datasets.addAll(any);
            return this;
        }

        public Query build() {
            return new Query(dates, actorIds, roles, withAll, types, tags, places, outlets, words, precision,
                    descending, limit, datasets);
        }
    }
}
