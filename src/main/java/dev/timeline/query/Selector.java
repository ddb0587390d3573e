package dev.timeline.query;

import dev.timeline.dates.PeriodExpression;
import dev.timeline.dates.Window;
import dev.timeline.model.Countries;
import dev.timeline.model.Event;
import dev.timeline.model.Names;
import dev.timeline.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;

/**
 * Turns {@link Filters} into a {@link Query} against one store: actor names become ids (with their parts), pivots
 * become spans, windows widen them, text is normalised. Every mistake is a {@link QueryException} naming the
 * option and the value, with the nearest known names where that helps.
 */
public final class Selector {

    /** How far {@code --around} looks when no window is given. */
    private static final Window DEFAULT_WINDOW = Window.parse("7d");

    /** A query and, for {@code around} an event, that event's id (else null, to mark it in output). */
    public record Selection(Query query, String pivotId) {
    }

    /** What {@code around}, {@code before} and {@code after} point at: an event (by id) or a period. */
    public record Pivot(String eventId, LocalDateRange span) {
    }

    private Selector() {
    }

    /** The query {@code filters} describe, resolved against {@code store}; bad values throw {@link QueryException}. */
    public static Selection select(Filters filters, EventStore store) {
        Query.Builder query = Query.builder();
        Match mode = filters.match();
        LocalDateRange from = filters.from();
        LocalDateRange to = filters.to();
        if (filters.in() != null && (from != null || to != null)) {
            throw new QueryException("--in cannot be combined with --from or --to; use one or the other");
        }
        if (from != null || to != null) {
            LocalDate start = from == null ? LocalDate.MIN : from.getStart();
            if (from != null && to != null && from.getStart().isAfter(to.getEndInclusive())) {
                throw new QueryException("--from " + from.getStart() + " is after --to " + to.getEndInclusive()
                        + "; the range would be empty");
            }
            query.date(new DateCondition(to == null ? LocalDateRange.ofUnboundedEnd(start)
                    : LocalDateRange.ofClosed(start, to.getEndInclusive()), mode));
        }
        if (filters.in() != null) {
            query.date(new DateCondition(filters.in().range(), mode));
        }
        String pivotId = null;
        if (filters.window() != null && filters.around() == null) {
            throw new QueryException("--window needs --around EVENT-ID|DATE");
        }
        if (filters.around() != null) {
            Pivot pivot = pivot(store, "--around", filters.around());
            pivotId = pivot.eventId();
            Window window = filters.window() == null ? DEFAULT_WINDOW : filters.window();
            query.date(new DateCondition(window.around(pivot.span()), mode));
        }
        if (filters.before() != null) {
            query.date(DateCondition.certainlyBefore(pivot(store, "--before", filters.before()).span()));
        }
        if (filters.after() != null) {
            query.date(DateCondition.certainlyAfter(pivot(store, "--after", filters.after()).span()));
        }
        if (!filters.actors().isEmpty() || !filters.with().isEmpty()) {
            List<String> names = new ArrayList<>(filters.actors());
            names.addAll(filters.with());
            ActorResolver resolver = store.resolver(names);
            for (String name : filters.actors()) {
                query.actors(expand(resolver, filters.exactActor(), "--actor", name));
            }
            for (String name : filters.with()) {
                query.with(expand(resolver, filters.exactActor(), "--with", name));
            }
        }
        query.roles(Set.copyOf(filters.roles())).types(Set.copyOf(filters.types()))
                .tags(Set.copyOf(normalized(filters.tags())))
                .places(places(filters.places()))
                .outlets(List.copyOf(normalized(filters.sources())))
                .words(words(filters.text()))
                .precision(filters.precision())
                .descending(filters.sort().descending());
        if (filters.limit() != null) {
            if (filters.limit() < 1) {
                throw new QueryException("invalid value for option '--limit': " + filters.limit()
                        + "; expected a whole number of 1 or more");
            }
            query.limit(filters.limit());
        }
        if (!filters.datasets().isEmpty()) {
            query.datasets(datasets(filters.datasets(), store.datasetNames()));
        }
        return new Selection(query.build(), pivotId);
    }

    /**
     * When a query selected nothing: for each tag, place and source filter that matches no event of {@code store}
     * on its own, a notice naming the closest values the data has. One pass over the events, and only then: a
     * query that finds events costs nothing more.
     */
    public static List<String> unmatched(Filters filters, EventStore store) {
        if (filters.tags().isEmpty() && filters.places().isEmpty() && filters.sources().isEmpty()) {
            return List.of();
        }
        Set<String> knownTags = new TreeSet<>();
        Set<String> knownPlaces = new TreeSet<>();
        Set<String> knownOutlets = new TreeSet<>();
        for (Event event : store.query(Query.ALL)) {
            knownTags.addAll(event.tags());
            if (event.place() != null) {
                if (event.place().name() != null) {
                    knownPlaces.add(event.place().name());
                }
                if (event.place().country() != null) {
                    knownPlaces.add(event.place().country());
                }
            }
            for (Source source : event.sources()) {
                if (source.outlet() != null) {
                    knownOutlets.add(source.outlet());
                }
            }
        }
        List<String> notices = new ArrayList<>();
        for (String tag : filters.tags()) {
            if (nothing(store, Query.builder().tags(Set.of(Names.normalize(tag))))) {
                notices.add(notice("--tag", tag, "tag", knownTags));
            }
        }
        for (String place : filters.places()) {
            if (nothing(store, Query.builder().places(place(place)))) {
                notices.add(notice("--place", place, "place", knownPlaces));
            }
        }
        for (String outlet : filters.sources()) {
            if (nothing(store, Query.builder().outlets(List.of(Names.normalize(outlet))))) {
                notices.add(notice("--source", outlet, "source", knownOutlets));
            }
        }
        return notices;
    }

    private static boolean nothing(EventStore store, Query.Builder query) {
        return !store.query(query.limit(1).build()).iterator().hasNext();
    }

    private static String notice(String option, String value, String what, Set<String> known) {
        List<String> near = Names.closest(value, known, 3);
        return option + " '" + value + "' matches no event" + (near.isEmpty() ? "; no " + what + " in the data is "
                + "close to it" : "; the closest " + what + (near.size() == 1 ? " is " : "s are ")
                + near.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ")));
    }

    /** Starts an actor id no actor has (ids have no NUL): the actors of a country the data do not name. */
    private static final String NO_ACTOR_OF = "\u0000no actor of ";

    private static Set<String> expand(ActorResolver resolver, boolean exact, String option, String name) {
        Set<String> ids = resolver.select(name, exact);
        if (ids.isEmpty()) {
            String country = exact || !resolver.coversCountries() ? null : Countries.alpha3(name);
            if (country != null) {
                // a country with no actor in these data (ACLED, GDELT): a valid question whose answer is no event
                return Set.of(NO_ACTOR_OF + country);
            }
            throw unknownActor(resolver, option, name);
        }
        return ids;
    }

    /** "unknown actor 'X' for OPTION (did you mean 'Y'?)". */
    public static QueryException unknownActor(ActorResolver resolver, String option, String name) {
        List<String> near = resolver.suggest(name);
        return new QueryException("unknown actor '" + name + "' for " + option + (near.isEmpty()
                ? "; no known actor has a similar name"
                : " (did you mean " + String.join(" or ", near.stream().map(n -> "'" + n + "'").toList()) + "?)"));
    }

    /**
     * What {@code --place} looks for: a place name, and when the value names a country (by name or ISO code), that
     * country's code and usual name too, so "Iran", "IRN" and "Islamic Republic of Iran" find the same events.
     */
    // loops, not streams: this runs in every query, and on JDK 17 each lambda costs its linking in a short run

    private static List<String> normalized(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            out.add(Names.normalize(name));
        }
        return out;
    }

    private static List<String> places(List<String> typed) {
        List<String> out = new ArrayList<>();
        for (String place : typed) {
            out.addAll(place(place));
        }
        return List.copyOf(out);
    }

    private static List<String> words(List<String> typed) {
        List<String> out = new ArrayList<>();
        for (String text : typed) {
            out.addAll(textTerms(text));
        }
        return List.copyOf(out);
    }

    private static List<String> place(String typed) {
        List<String> wanted = new ArrayList<>();
        String code = Countries.alpha3(typed);
        if (code != null) {
            wanted.add(code);
            wanted.add(Names.normalize(Countries.nameOf(code)));
        }
        String name = Names.normalize(typed);
        boolean isCode = code != null && name.equalsIgnoreCase(code) || typed.strip().length() == 2 && code != null;
        if (!name.isEmpty() && !isCode && !wanted.contains(name)) {
            wanted.add(name);
        }
        return wanted;
    }

    /** The {@code --dataset} names, each checked against the names of the datasets read ({@code known}). */
    private static Set<String> datasets(List<String> typed, List<String> known) {
        for (String name : typed) {
            if (known.isEmpty()) {
                throw new QueryException("--dataset '" + name + "': the data read are one dataset, and its events "
                        + "name none; --dataset picks among datasets read together (--data given more than once)");
            }
            if (!known.contains(name)) {
                throw new QueryException("unknown dataset '" + name + "' for --dataset" + Names.didYouMean(name, known)
                        + "; the datasets read are: " + String.join(", ", known));
            }
        }
        return Set.copyOf(typed);
    }

    private static List<String> textTerms(String typed) {
        try {
            return TextTerms.parse(typed);
        } catch (IllegalArgumentException e) {
            throw new QueryException("invalid value for option '--text': '" + typed + "': " + e.getMessage());
        }
    }

    /** What {@code text} (the value of {@code option}) points at: an event of {@code store} by id, else a period. */
    public static Pivot pivot(EventStore store, String option, String text) {
        Optional<Event> event = store.event(text.strip());
        if (event.isPresent()) {
            return new Pivot(event.get().id(), event.get().date().span());
        }
        try {
            return new Pivot(null, PeriodExpression.parse(text).range());
        } catch (IllegalArgumentException e) {
            if (!text.isEmpty() && (Character.isDigit(text.charAt(0)) || text.startsWith(".."))) {
                throw new QueryException("invalid value for option '" + option + "': " + e.getMessage());
            }
        }
        List<String> prefixed = !(store instanceof UnionStore) ? List.of()
                : store.eventIds().stream().filter(id -> id.endsWith(":" + text.strip())).toList();
        if (!prefixed.isEmpty()) {
            // several datasets read together hold this id: each is named DATASET:ID
            throw new QueryException("event '" + text + "' for " + option + " is in more than one dataset; name "
                    + "one: " + String.join(" or ", prefixed.stream().map(n -> "'" + n + "'").toList()));
        }
        List<String> near = Names.closest(text, store.eventIds(), 3);
        throw new QueryException("unknown event '" + text + "' for " + option + (near.isEmpty()
                ? "; expected an event id or a date like 2023-03-28"
                : " (did you mean " + String.join(" or ", near.stream().map(n -> "'" + n + "'").toList()) + "?)"));
    }
}
