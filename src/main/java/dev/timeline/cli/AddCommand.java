package dev.timeline.cli;

import dev.timeline.dataset.ActorChanges;
import dev.timeline.dataset.DatasetFile;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.dataset.DraftEvent;
import dev.timeline.dataset.EventChanges;
import dev.timeline.dates.EdtfException;
import dev.timeline.dates.EventDate;
import dev.timeline.io.DataException;
import dev.timeline.io.Problem;
import dev.timeline.model.Actor;
import dev.timeline.model.Coded;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Place;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import dev.timeline.query.ActorResolver;
import dev.timeline.text.TerminalText;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code timeline add --data FILE ...}: append one event to a dataset file, validated, atomically, under a lock. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Append one event to a dataset file, validated and atomically.",
        description = {"Append one event to the dataset file given by --data (or TIMELINE_DATA), from options or "
                + "from --json. The new event and the whole result are validated first; the file is replaced "
                + "atomically and only the new event is added to its text (its formatting and order stay as they "
                + "are). Concurrent adds take turns. On any error the file is unchanged.",
            "The bundled dataset is read-only: copy it out with 'timeline export --format dataset -o my.json'."},
        footerHeading = "%nExamples:%n",
        footer = {"  timeline add --data my.json --date 2023-04-13 --title 'Baku wants good ties with Tehran' \\",
            "      --type statement --actor Amirbayov:initiator --actor Iran:target --source @2023-04-13",
            "  timeline add --data my.json --json event.json"})
final class AddCommand implements Callable<Integer> {

    /** The options that describe the event field by field, which --json replaces. */
    private static final List<String> FIELD_OPTIONS = List.of("--id", "--date", "--title", "--summary", "--type",
            "--actor", "--place", "--source", "--tag", "--fatalities", "--note");

    @ParentCommand
    TimelineCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", paramLabel = "FILE|-", order = 1,
            description = {"Read the event as a JSON object (the shape of an element of a dataset's \"events\") "
                    + "from FILE, or from stdin with '-'. Not with the field options.", "Example: --json event.json"})
    String json;

    @Option(names = "--id", paramLabel = "ID", order = 2,
            description = {"The event's id (default: derived from date and title, e.g. 2023-04-13-baku-wants-good-ties).", "Example: --id baku-wants-good-ties"})
    String id;

    @Option(names = "--date", paramLabel = "EDTF", order = 3,
            description = {"When it happened, at the precision known: 2023-04-13, 2023-04, 2023-03-30~, 2021/..", "Example: --date 2023-04-13"})
    EventDate date;

    @Option(names = "--title", paramLabel = "TEXT", order = 4, description = {"A short title.", "Example: --title 'Baku wants good ties with Tehran'"})
    String title;

    @Option(names = "--summary", paramLabel = "TEXT", order = 5, description = {"A sentence or two.", "Example: --summary 'Amirbayov says Azerbaijan wants positive relations.'"})
    String summary;

    @Option(names = "--type", paramLabel = "TYPE", order = 6,
            description = {"The event type, e.g. statement, threat, armed-attack (see 'timeline stats --by type').", "Example: --type statement"})
    EventType type;

    @Option(names = "--actor", paramLabel = "NAME[:ROLE]", order = 7,
            description = {"An actor (id, name or alias) and its role: initiator, target, participant (default) or "
                    + "mentioned. Repeatable.", "Example: --actor Amirbayov:initiator --actor Iran:target"})
    List<String> actors = new ArrayList<>();

    @Option(names = "--place", paramLabel = "NAME[,CODE][@LAT,LON]", order = 8,
            description = {"Where: a name, optionally with an ISO 3166-1 alpha-3 country code: 'Tehran,IRN', and a "
                    + "point in WGS 84 degrees after '@' (latitude first) where the place is one city or site.",
                "Example: --place 'Tel Aviv,ISR@32.0853,34.7818'"})
    Place place;

    @Option(names = "--source", paramLabel = "OUTLET@YYYY-MM-DD", order = 9,
            description = {"A citation: outlet and publication date (EDTF); '@2023-03-30' when the outlet is "
                    + "unknown, 'Outlet' when undated. Repeatable.", "Example: --source 'Caspian News@2023-01-30' --source @2023-03-30"})
    List<String> sources = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", order = 10, description = {"A label. Repeatable.", "Example: --tag de-escalation"})
    List<String> tags = new ArrayList<>();

    @Option(names = "--fatalities", paramLabel = "N", order = 11, description = {"Deaths the sources report.", "Example: --fatalities 1"})
    Integer fatalities;

    @Option(names = "--note", paramLabel = "TEXT", order = 12, description = {"A curator's note.", "Example: --note 'Dated by the report.'"})
    String note;

    @Option(names = "--new-actor", order = 13, description = {"Add each --actor the dataset does not know as a new "
            + "actor (its id derived from the name), instead of refusing.", "Example: --actor 'Jane Doe:initiator' --new-actor"})
    boolean newActor;

    @Option(names = "--actor-kind", paramLabel = "KIND", order = 14, description = {"With --new-actor: the new "
            + "actors' kind (default organisation).", "Example: --actor-kind person"})
    String actorKind;

    @Option(names = "--actor-country", paramLabel = "CODE|NAME", order = 15, description = {"With --new-actor: the "
            + "new actors' country.", "Example: --actor-country AZE"})
    String actorCountry;

    @Mixin
    WriteOptions write;

    /** The actors --new-actor creates in the current attempt at the change. */
    private final List<Actor> created = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Path file = root.dataPath("add");
        if (file == null) {
            throw TimelineException.usage("add needs a dataset file: --data FILE (the bundled dataset is read-only; "
                    + "copy it out with 'timeline export --format dataset -o my.json')");
        }
        Reader jsonInput = json == null ? null : openJson();
        if (json != null && FIELD_OPTIONS.stream().anyMatch(spec.commandLine().getParseResult()::hasMatchedOption)) {
            throw TimelineException.usage("--json cannot be combined with the field options (--id, --date, "
                    + "--title, ...); put every field in the JSON");
        }
        if ((actorKind != null || actorCountry != null) && !newActor) {
            throw TimelineException.usage("--actor-kind and --actor-country describe the actors --new-actor adds; "
                    + "add --new-actor");
        }
        String jsonText = jsonInput == null ? null : read(jsonInput);
        DatasetFile.Outcome outcome = DatasetFile.change(file, current -> {
            created.clear();
            Event event = jsonText != null ? fromJson(jsonText, current) : fromOptions(current);
            Dataset with = current;
            for (Actor actor : created) {
                with = ActorChanges.append(with, actor);
            }
            return EventChanges.append(with, event);
        }, write.dryRun);
        Dataset written = outcome.dataset();
        Event added = written.events().get(written.events().size() - 1);
        // the event is kept as given, but a control character in it deserves a look (as 'validate' says)
        write.report(spec, file, outcome, "added '" + added.id() + "' to " + file + " (" + written.events().size()
                + (written.events().size() == 1 ? " event" : " events") + (created.isEmpty() ? "" : ", new actors: " + String.join(", ",
                created.stream().map(Actor::id).toList())) + ")");
        return ExitCode.OK;
    }

    private Reader openJson() throws IOException {
        if (json.equals("-")) {
            return new InputStreamReader(System.in, StandardCharsets.UTF_8);
        }
        try {
            return Files.newBufferedReader(Path.of(json), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw TimelineException.usage("--json " + json + ": no such file");
        }
    }

    private static String read(Reader reader) throws IOException {
        try (Reader in = reader) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = in.read(buffer)) > 0;) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    private Event fromJson(String text, Dataset current) {
        Set<String> actorIds = current.actors().stream().map(Actor::id).collect(Collectors.toSet());
        String name = json.equals("-") ? "<stdin>" : json;
        Event event;
        try {
            event = DatasetReader.readEvent(new StringReader(text), name, actorIds);
        } catch (DataException e) {
            throw TimelineException.usage("the event in " + name + " is not valid:" + System.lineSeparator()
                    + e.problems().stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        }
        DraftEvent.requireNewId(current, event.id());
        return event;
    }

    private Event fromOptions(Dataset current) {
        List<String> missing = new ArrayList<>();
        if (date == null) {
            missing.add("--date");
        }
        if (title == null || title.isBlank()) {
            missing.add("--title");
        }
        if (type == null) {
            missing.add("--type");
        }
        if (!missing.isEmpty()) {
            throw TimelineException.usage("add needs " + String.join(", ", missing) + " (or --json FILE)");
        }
        return new DraftEvent(id, date, title, summary, type, actors, place, sources, tags, fatalities, note)
                .build(current, name -> created(current, name));
    }

    /** With --new-actor, the actor named {@code name} added on the way (once, however often it is named). */
    private Optional<Actor> created(Dataset current, String name) {
        if (!newActor) {
            return Optional.empty();
        }
        var known = created.stream().filter(a -> a.name().equals(name.strip())).findFirst();
        if (known.isPresent()) {
            return known;
        }
        List<Actor> all = new ArrayList<>(current.actors());
        all.addAll(created);
        Actor actor = ActorChanges.create(new Dataset(current.id(), null, current.title(), null, all, List.of()),
                new ActorChanges.Fields(null, name, CurationValues.kind("--actor-kind", actorKind),
                        CurationValues.country("--actor-country", actorCountry), null, null, null, null));
        created.add(actor);
        return Optional.of(actor);
    }
}
