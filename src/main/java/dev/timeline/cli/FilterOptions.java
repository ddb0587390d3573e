package dev.timeline.cli;

import dev.timeline.dates.PeriodExpression;
import dev.timeline.dates.Precision;
import dev.timeline.dates.Window;
import dev.timeline.model.Actor;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Names;
import dev.timeline.model.Place;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import dev.timeline.query.ActorResolver;
import dev.timeline.query.DateCondition;
import dev.timeline.query.Match;
import dev.timeline.query.Query;
import dev.timeline.query.EventStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** The filters every command that selects events shares (one mixin: list, export and later commands). */
final class FilterOptions {

    /** A query and, for {@code --around EVENT-ID}, the pivot event's id (else null). */
    record Selection(Query query, String pivotId) {
    }

    @Option(names = "--from", paramLabel = "DATE", converter = DayConverter.class, order = 10,
            description = {"Events that may fall on or after DATE: YYYY, YYYY-MM or YYYY-MM-DD, inclusive "
                    + "(2023-03 means from March 1).", "Example: --from 2023-01"})
    LocalDateRange from;

    @Option(names = "--to", paramLabel = "DATE", converter = DayConverter.class, order = 11,
            description = {"Events that may fall on or before DATE, inclusive (--to 2023-03 means through "
                    + "March 31).", "Example: --to 2023-03-31"})
    LocalDateRange to;

    @Option(names = "--in", paramLabel = "PERIOD", converter = Converters.PeriodConverter.class, order = 12,
            description = {"Events in PERIOD, every bound inclusive: a year 2023, month 2023-03, quarter 2023-Q1, "
                    + "ISO week 2023-W13, date, EDTF interval (2023-03-01/2023-04-15, 2023-03/2023-04, "
                    + "2023-03-01/.., ../2022-12-31) or a duration anchored at one end (2023-03-20/P2W, "
                    + "P30D/2023-04-13). Not with --from/--to.", "Example: --in 2023-Q1"})
    PeriodExpression in;

    @Option(names = "--around", paramLabel = "EVENT-ID|DATE", order = 13,
            description = {"Events whose span overlaps the pivot widened by --window on both sides; an event "
                    + "pivot uses its own span and is marked in the table.",
                "Example: --around mp-fazil-mustafa-shot --window 3d"})
    String around;

    @Option(names = "--window", paramLabel = "N", converter = Converters.WindowConverter.class, order = 14,
            description = {"How far --around looks on each side: 3d, 2w, 1m, 1y or ISO P10D (default: 7d).",
                "Example: --window 2w"})
    Window window;

    @Option(names = "--before", paramLabel = "EVENT-ID|DATE", order = 15,
            description = {"Events certainly before it: their whole span ends before its span starts.",
                "Example: --before embassy-attack-tehran"})
    String before;

    @Option(names = "--after", paramLabel = "EVENT-ID|DATE", order = 16,
            description = {"Events certainly after it: their whole span starts after its span ends.",
                "Example: --after 2023-03-31"})
    String after;

    @Option(names = "--match", paramLabel = "MODE", defaultValue = "overlaps", order = 17,
            completionCandidates = Converters.MatchModes.class,
            description = {"overlaps: a partial or uncertain date need only touch the range (default); within: "
                    + "it must lie wholly inside. Applies to --from/--to, --in and --around.",
                "Example: --from 2022-10-15 --to 2022-10-20 --match within"})
    String match;

    @Option(names = "--precision", paramLabel = "LEVEL", converter = Converters.PrecisionConverter.class,
            completionCandidates = Converters.Precisions.class,
            order = 18, description = {"Only events known at least this precisely: day, month or year (also "
                    + "season, decade, century).", "Example: --precision day"})
    Precision precision;

    @Option(names = "--actor", paramLabel = "NAME", order = 20,
            description = {"Events involving NAME (id, name or alias, ignoring case and accents) or anything "
                    + "part of it; repeat for any of several.", "Example: --actor Iran --actor Israel"})
    List<String> actors = new ArrayList<>();

    @Option(names = "--exact-actor", order = 21,
            description = {"Match --actor and --with names only, not what is part of them.",
                "Example: --actor Iran --exact-actor (leaves out the IRGC's drills)"})
    boolean exactActor;

    @Option(names = "--with", paramLabel = "NAME", order = 22,
            description = {"Events involving every NAME given (all of; parts included unless --exact-actor).",
                "Example: --with Israel --with Azerbaijan"})
    List<String> with = new ArrayList<>();

    @Option(names = "--role", paramLabel = "ROLE", converter = Converters.RoleConverter.class, order = 23,
            description = {"Narrows --actor to this role (repeat for any of): initiator, target, participant, "
                    + "mentioned. Alone: events with any actor in that role.",
                "Example: --actor Iran --role initiator (what Iran did)"})
    List<Role> roles = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", converter = Converters.TypeConverter.class, order = 30,
            description = {"Events of this type; repeat for any of several.", "Example: --type threat --type "
                    + "accusation"})
    List<EventType> types = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", order = 31,
            description = {"Events with this tag; repeat for any of several.", "Example: --tag spy-network"})
    List<String> tags = new ArrayList<>();

    @Option(names = "--place", paramLabel = "NAME|CODE", order = 32,
            description = {"Events at a place whose name contains NAME, or in the country with this ISO "
                    + "3166-1 alpha-3 code; repeat for any of several.", "Example: --place Tehran --place ISR"})
    List<String> places = new ArrayList<>();

    @Option(names = "--source", paramLabel = "OUTLET", order = 33,
            description = {"Events cited from this outlet (words of its name); repeat for any of several.",
                "Example: --source 'Caspian News'"})
    List<String> sources = new ArrayList<>();

    @Option(names = "--text", paramLabel = "WORDS", order = 34,
            description = {"Events whose title or summary contains every word, ignoring case and accents.",
                "Example: --text 'embassy tehran'"})
    List<String> text = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "date", order = 40,
            completionCandidates = Converters.SortOrders.class,
            description = {"date (oldest first, default) or -date (newest first).", "Example: --sort=-date"})
    String sort;

    @Option(names = "--limit", paramLabel = "N", order = 41, converter = Converters.LimitConverter.class,
            description = {"At most N events (N >= 1), after sorting.", "Example: --limit 5"})
    Integer limit;

    /**
     * The days the date options (--from/--to, --in) allow, known before any data is read; null when they allow any
     * day or depend on the data (--around an event). Big files index their actors for these days first.
     */
    LocalDateRange dayHint() {
        if (in != null) {
            return in.range();
        }
        if (from != null || to != null) {
            LocalDate start = from == null ? LocalDate.MIN : from.getStart();
            LocalDate end = to == null ? LocalDate.MAX : to.getEndInclusive();
            return start.isAfter(end) ? null : LocalDateRange.ofClosed(start, end);
        }
        return null;
    }

    /** The query these options describe, resolved against {@code timeline}; bad values are usage errors. */
    Selection select(EventStore timeline) {
        Query.Builder query = Query.builder();
        Match mode = switch (match.toLowerCase(Locale.ROOT)) {
            case "overlaps" -> Match.OVERLAPS;
            case "within" -> Match.WITHIN;
            default -> throw TimelineException.usage("invalid value for option '--match': '" + match
                    + "'; expected overlaps or within");
        };
        if (in != null && (from != null || to != null)) {
            throw TimelineException.usage("--in cannot be combined with --from or --to; use one or the other");
        }
        if (from != null || to != null) {
            LocalDate start = from == null ? LocalDate.MIN : from.getStart();
            if (from != null && to != null && from.getStart().isAfter(to.getEndInclusive())) {
                throw TimelineException.usage("--from " + from.getStart() + " is after --to " + to.getEndInclusive()
                        + "; the range would be empty");
            }
            query.date(new DateCondition(to == null ? LocalDateRange.ofUnboundedEnd(start)
                    : LocalDateRange.ofClosed(start, to.getEndInclusive()), mode));
        }
        if (in != null) {
            query.date(new DateCondition(in.range(), mode));
        }
        String pivotId = null;
        if (window != null && around == null) {
            throw TimelineException.usage("--window needs --around EVENT-ID|DATE");
        }
        if (around != null) {
            Pivot pivot = pivot(timeline, "--around", around);
            pivotId = pivot.eventId();
            Window w = window == null ? Window.parse("7d") : window;
            query.date(new DateCondition(w.around(pivot.span()), mode));
        }
        if (before != null) {
            query.date(DateCondition.certainlyBefore(pivot(timeline, "--before", before).span()));
        }
        if (after != null) {
            query.date(DateCondition.certainlyAfter(pivot(timeline, "--after", after).span()));
        }
        if (!actors.isEmpty() || !with.isEmpty()) {
            List<String> names = new ArrayList<>(actors);
            names.addAll(with);
            ActorResolver resolver = timeline.resolver(names);
            for (String name : actors) {
                query.actors(expand(resolver, "--actor", name));
            }
            for (String name : with) {
                query.with(expand(resolver, "--with", name));
            }
        }
        query.roles(Set.copyOf(roles)).types(Set.copyOf(types))
                .tags(tags.stream().map(Names::normalize).collect(Collectors.toSet()))
                .places(places.stream().map(FilterOptions::place).toList())
                .outlets(sources.stream().map(Names::normalize).toList())
                .words(text.stream().flatMap(t -> List.of(Names.normalize(t).split(" ")).stream())
                        .filter(w -> !w.isEmpty()).toList())
                .precision(precision)
                .descending(switch (sort.strip()) {
                    case "date", "+date" -> false;
                    case "-date" -> true;
                    default -> throw TimelineException.usage("invalid value for option '--sort': '" + sort
                            + "'; expected date (oldest first) or -date (newest first)");
                });
        if (limit != null) {
            if (limit < 1) {
                throw TimelineException.usage("invalid value for option '--limit': " + limit
                        + "; expected a whole number of 1 or more");
            }
            query.limit(limit);
        }
        return new Selection(query.build(), pivotId);
    }

    /**
     * When a query selected nothing: for each --tag, --place and --source value that matches no event of
     * {@code store} on its own, a notice naming the closest values the data has. One pass over the events, and
     * only then: a query that finds events costs nothing more.
     */
    List<String> unmatched(EventStore store) {
        if (tags.isEmpty() && places.isEmpty() && sources.isEmpty()) {
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
        for (String tag : tags) {
            if (nothing(store, Query.builder().tags(Set.of(Names.normalize(tag))))) {
                notices.add(notice("--tag", tag, "tag", knownTags));
            }
        }
        for (String place : places) {
            if (nothing(store, Query.builder().places(List.of(place(place))))) {
                notices.add(notice("--place", place, "place", knownPlaces));
            }
        }
        for (String outlet : sources) {
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

    /**
     * The filter options as the user typed them, after the command's name, for headings: "timeline list --actor Iran
     * --in 2023-Q1"; "" when none was given. {@code command} is the spec of a command that mixes these options in
     * as {@code filters}.
     */
    static String typed(CommandSpec command) {
        ParseResult parsed = command.commandLine().getParseResult();
        Set<OptionSpec> filterOptions = Set.copyOf(command.mixins().get("filters").options());
        List<String> words = new ArrayList<>(List.of("timeline", command.name()));
        for (OptionSpec option : parsed.matchedOptions()) {
            if (!filterOptions.contains(option)) {
                continue;
            }
            if (option.arity().max() == 0) {
                words.add(option.longestName());
                continue;
            }
            for (String value : option.stringValues()) {
                words.add(option.longestName());
                words.add(value.isEmpty() || value.chars().anyMatch(c -> c == ' ' || c == '\'')
                        ? "'" + value.replace("'", "'\\''") + "'" : value);
            }
        }
        return words.size() == 2 ? "" : String.join(" ", words);
    }

    private Set<String> expand(ActorResolver resolver, String option, String name) {
        Actor actor = resolver.find(name).orElseThrow(() -> unknownActor(resolver, option, name));
        return exactActor ? Set.of(actor.id()) : resolver.withParts(actor.id());
    }

    /** "unknown actor 'X' for OPTION (did you mean 'Y'?)", a usage error. */
    static TimelineException unknownActor(ActorResolver resolver, String option, String name) {
        List<String> near = resolver.suggest(name);
        return TimelineException.usage("unknown actor '" + name + "' for " + option + (near.isEmpty()
                ? "; no known actor has a similar name"
                : " (did you mean " + String.join(" or ", near.stream().map(n -> "'" + n + "'").toList()) + "?)"));
    }

    private static String place(String typed) {
        String code = typed.strip().toUpperCase(Locale.ROOT);
        return Place.isCountryCode(code) ? code : Names.normalize(typed);
    }

    /** What --around, --before and --after point at: an event (by id) or a period. */
    record Pivot(String eventId, LocalDateRange span) {
    }

    static Pivot pivot(EventStore timeline, String option, String text) {
        Optional<Event> event = timeline.event(text.strip());
        if (event.isPresent()) {
            return new Pivot(event.get().id(), event.get().date().span());
        }
        try {
            return new Pivot(null, PeriodExpression.parse(text).range());
        } catch (IllegalArgumentException e) {
            if (!text.isEmpty() && (Character.isDigit(text.charAt(0)) || text.startsWith(".."))) {
                throw TimelineException.usage("invalid value for option '" + option + "': " + e.getMessage());
            }
        }
        List<String> ids = timeline.eventIds();
        List<String> near = Names.closest(text, ids, 3);
        return failUnknownEvent(option, text, near);
    }

    private static Pivot failUnknownEvent(String option, String text, List<String> near) {
        throw TimelineException.usage("unknown event '" + text + "' for " + option + (near.isEmpty()
                ? "; expected an event id or a date like 2023-03-28"
                : " (did you mean " + String.join(" or ", near.stream().map(n -> "'" + n + "'").toList()) + "?)"));
    }
}
