package dev.timeline.cli;

import dev.timeline.dates.PeriodExpression;
import dev.timeline.dates.Precision;
import dev.timeline.dates.Window;
import dev.timeline.model.EventType;
import dev.timeline.model.Role;
import dev.timeline.model.Names;
import dev.timeline.model.Place;
import dev.timeline.model.Source;
import dev.timeline.query.ActorResolver;
import dev.timeline.query.DateCondition;
import dev.timeline.query.Match;
import dev.timeline.query.Query;
import dev.timeline.query.EventStore;
import dev.timeline.query.Filters;
import dev.timeline.query.Match;
import dev.timeline.query.Selector;
import dev.timeline.query.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The filters every command that selects events shares (one mixin: list, export and later commands): the options,
 * gathered into a {@link Filters} record that {@link Selector} resolves. A new filter is a field here, a component
 * of {@link Filters} and its use in {@link Selector} (and {@link dev.timeline.query.EventMatcher} when it needs a new
 * test).
 */
final class FilterOptions {

    @Option(names = "--from", paramLabel = "DATE", order = 10,
            description = {"Events that may fall on or after DATE: YYYY, YYYY-MM or YYYY-MM-DD, inclusive "
                    + "(2023-03 means from March 1).", "Example: --from 2023-01"})
    LocalDateRange from;

    @Option(names = "--to", paramLabel = "DATE", order = 11,
            description = {"Events that may fall on or before DATE, inclusive (--to 2023-03 means through "
                    + "March 31).", "Example: --to 2023-03-31"})
    LocalDateRange to;

    @Option(names = "--in", paramLabel = "PERIOD", order = 12,
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

    @Option(names = "--window", paramLabel = "N", order = 14,
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
    Match match;

    @Option(names = "--precision", paramLabel = "LEVEL",
            completionCandidates = Converters.Precisions.class,
            order = 18, description = {"Only events known at least this precisely: day, month or year (also "
                    + "season, decade, century).", "Example: --precision day"})
    Precision precision;

    @Option(names = "--actor", paramLabel = "NAME", order = 20,
            description = {"Events involving NAME (id, name or alias, ignoring case and accents) or anything "
                    + "part of it; in ACLED and GDELT files a country (name or ISO code) covers the actors tied to "
                    + "it. Repeat for any of several.", "Example: --actor Iran --actor Israel"})
    List<String> actors = new ArrayList<>();

    @Option(names = "--exact-actor", order = 21,
            description = {"Match --actor and --with names only, not what is part of them.",
                "Example: --actor Iran --exact-actor (leaves out the IRGC's drills)"})
    boolean exactActor;

    @Option(names = "--with", paramLabel = "NAME", order = 22,
            description = {"Events involving every NAME given (all of; parts included unless --exact-actor).",
                "Example: --with Israel --with Azerbaijan"})
    List<String> with = new ArrayList<>();

    @Option(names = "--role", paramLabel = "ROLE", order = 23,
            description = {"Narrows --actor to this role (repeat for any of): initiator, target, participant, "
                    + "mentioned. Alone: events with any actor in that role.",
                "Example: --actor Iran --role initiator (what Iran did)"})
    List<Role> roles = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", order = 30,
            description = {"Events of this type; repeat for any of several.", "Example: --type threat --type "
                    + "accusation"})
    List<EventType> types = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", order = 31,
            description = {"Events with this tag; repeat for any of several.", "Example: --tag spy-network"})
    List<String> tags = new ArrayList<>();

    @Option(names = "--place", paramLabel = "NAME|CODE", order = 32,
            description = {"Events at a place whose name contains NAME, or in the country NAME or CODE names (a "
                    + "country name, or an ISO 3166-1 alpha-3 or alpha-2 code); repeat for any of several.",
                "Example: --place Tehran --place Israel --place IRN"})
    List<String> places = new ArrayList<>();

    @Option(names = "--source", paramLabel = "OUTLET", order = 33,
            description = {"Events cited from this outlet (words of its name); repeat for any of several.",
                "Example: --source 'Caspian News'"})
    List<String> sources = new ArrayList<>();

    @Option(names = "--text", paramLabel = "WORDS", order = 34,
            description = {"Events whose title or summary contains every word, as a whole word (MP is not Olympic),"
                + " ignoring case and accents; a phrase in double quotes must occur as written.",
                "Example: --text 'embassy tehran', --text '\"foreign minister\"'"})
    List<String> text = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "date", order = 40,
            completionCandidates = Converters.SortOrders.class,
            description = {"date (oldest first, default) or -date (newest first).", "Example: --sort=-date"})
    SortOrder sort;

    @Option(names = "--limit", paramLabel = "N", order = 41, converter = Converters.LimitConverter.class,
            description = {"At most N events (N >= 1), after sorting.", "Example: --limit 5"})
    Integer limit;

    @Option(names = "--dataset", paramLabel = "NAME", order = 35,
            description = {"Events read from the dataset NAME, when --data is given more than once (a dataset "
                    + "file's id, else the file name without extensions; a second of one name gets -2); repeat for "
                    + "any of several.", "Example: --data caucasus.json --data acled-2023.csv --dataset acled-2023"})
    List<String> datasets = new ArrayList<>();

    /** The filters as given, nothing resolved yet. */
    Filters filters() {
        return new Filters(from, to, in, around, window, before, after, match, precision, actors, exactActor, with,
                roles, types, tags, places, sources, text, sort, limit, datasets);
    }

    /** See {@link Filters#dayHint()}. */
    LocalDateRange dayHint() {
        return filters().dayHint();
    }

    /** The query these options describe, resolved against {@code store}; bad values are usage errors. */
    Selector.Selection select(EventStore store) {
        return Selector.select(filters(), store);
    }

    /** See {@link Selector#unmatched}. */
    List<String> unmatched(EventStore store) {
        return Selector.unmatched(filters(), store);
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
                words.add(value.isEmpty() || value.indexOf(' ') >= 0 || value.indexOf('\'') >= 0
                        ? "'" + value.replace("'", "'\\''") + "'" : value);
            }
        }
        return words.size() == 2 ? "" : String.join(" ", words);
    }
}
