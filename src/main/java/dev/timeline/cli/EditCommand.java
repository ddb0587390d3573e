package dev.timeline.cli;

import dev.timeline.dataset.DatasetFile;
import dev.timeline.dataset.EventChanges;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code timeline edit FILE EVENT ...}: change one event, from options or in $VISUAL/$EDITOR. */
@Command(name = "edit", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Change one event of a dataset file, from options or in your editor.",
        description = {"Change the event EVENT (its id, or a prefix only it has) of the dataset FILE. Only that "
                + "event's lines of the file change; the result is validated first and written atomically, under "
                + "the file's lock. A new --id rewrites every reference to the old one.",
            "With --editor, the event opens as JSON in $VISUAL (else $EDITOR, else vi); what comes back is "
                + "validated, and on an error it opens again with the problem at the top. An empty or unchanged "
                + "buffer changes nothing."},
        footerHeading = "%nExamples:%n",
        footer = {"  timeline edit mine.json 2023-04-13-baku --title 'Baku wants good ties' --add-tag diplomacy",
            "  timeline edit mine.json 2023-04-13-baku --add-actor Iran:target --remove-source 2 --dry-run",
            "  timeline edit mine.json 2023-04-13-baku --editor"})
final class EditCommand implements Callable<Integer> {

    @ParentCommand
    TimelineCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = {"The dataset file.", "Example: mine.json"})
    Path file;

    @Parameters(index = "1", paramLabel = "EVENT", description = {"The event's id, or a prefix only it has.",
        "Example: 2023-04-13-baku"})
    String event;

    @Option(names = "--editor", order = 1, description = {"Edit the event as JSON in $VISUAL or $EDITOR.",
        "Example: --editor"})
    boolean editor;

    @Option(names = "--id", paramLabel = "NEW-ID", order = 2, description = {"A new id.", "Example: --id baku-ties"})
    String id;

    @Option(names = "--date", paramLabel = "EDTF", order = 3, description = {"A new date.", "Example: --date 2023-04"})
    String date;

    @Option(names = "--title", paramLabel = "TEXT", order = 4, description = {"A new title.",
        "Example: --title 'Baku wants good ties'"})
    String title;

    @Option(names = "--summary", paramLabel = "TEXT", order = 5, description = {"A new summary ('' removes it).",
        "Example: --summary 'Amirbayov says so.'"})
    String summary;

    @Option(names = "--type", paramLabel = "TYPE", order = 6,
            description = {"A new event type.", "Example: --type statement"})
    dev.timeline.model.EventType type;

    @Option(names = "--add-actor", paramLabel = "NAME[:ROLE]", order = 7, description = {"Add an actor (or change "
            + "its role). Repeatable.", "Example: --add-actor Iran:target"})
    List<String> addActors = new ArrayList<>();

    @Option(names = "--remove-actor", paramLabel = "NAME", order = 8, description = {"Remove an actor. Repeatable.",
        "Example: --remove-actor Iran"})
    List<String> removeActors = new ArrayList<>();

    @Option(names = "--add-source", paramLabel = "OUTLET@YYYY-MM-DD", order = 9, description = {"Add a citation. "
            + "Repeatable.", "Example: --add-source 'Caspian News@2023-01-30'"})
    List<String> addSources = new ArrayList<>();

    @Option(names = "--remove-source", paramLabel = "N", order = 10, description = {"Remove the Nth source (1 is "
            + "the first, as 'show' lists them). Repeatable.", "Example: --remove-source 2"})
    List<Integer> removeSources = new ArrayList<>();

    @Option(names = {"--tag", "--add-tag"}, paramLabel = "TAG", order = 11, description = {"Add a tag. Repeatable.",
        "Example: --tag diplomacy"})
    List<String> tags = new ArrayList<>();

    @Option(names = "--remove-tag", paramLabel = "TAG", order = 12, description = {"Remove a tag. Repeatable.",
        "Example: --remove-tag draft"})
    List<String> removeTags = new ArrayList<>();

    @Option(names = "--place", paramLabel = "NAME[,CODE][@LAT,LON]", order = 13, description = {"A new place, "
            + "optionally with a point in WGS 84 degrees after '@'.", "Example: --place 'Tehran,IRN@35.6892,51.389'"})
    String place;

    @Option(names = "--note", paramLabel = "TEXT", order = 16, description = {"A new curator's note ('' removes "
            + "it).", "Example: --note 'Dated by the report.'"})
    String note;

    @Option(names = "--source-title", paramLabel = "TEXT", order = 17, description = {"The title of the sources "
            + "--add-source adds (without --add-source: of the last source).", "Example: --source-title 'Baku and "
            + "Tehran talk'"})
    String sourceTitle;

    @Option(names = "--source-url", paramLabel = "URL", order = 18, description = {"Their URL, likewise.",
        "Example: --source-url https://example.org/a"})
    String sourceUrl;

    @Option(names = "--source-note", paramLabel = "TEXT", order = 19, description = {"Their note, likewise.",
        "Example: --source-note 'vol. 20, issue 63'"})
    String sourceNote;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Fatalities fatalities;

    static final class Fatalities {
        @Option(names = "--fatalities", paramLabel = "N", order = 14, description = {"A new count of deaths.",
            "Example: --fatalities 1"})
        Integer count;

        @Option(names = "--no-fatalities", order = 15, description = {"Remove the count of deaths.",
            "Example: --no-fatalities"})
        boolean none;
    }

    @Mixin
    WriteOptions write;

    @Override
    public Integer call() {
        EventChanges.Patch patch = patch();
        boolean empty = patch.equals(new EventChanges.Patch(null, null, null, null, null, null, null, null, null,
                null, null, null, null, false, null, new EventChanges.SourceDetails(null, null, null)));
        if (editor && !empty) {
            throw TimelineException.usage("--editor cannot be combined with the field options; change the fields "
                    + "in the editor");
        }
        if (editor) {
            return new EventEditorSession(spec, root::env, file, event, write).run();
        }
        if (empty) {
            throw TimelineException.usage("edit needs something to change: --title, --date, --add-actor, ... or "
                    + "--editor (see 'timeline edit --help')");
        }
        String[] edited = new String[1];
        DatasetFile.Outcome outcome = DatasetFile.change(file, d -> {
            edited[0] = EventChanges.find(d, event).id();
            return EventChanges.edit(d, event, patch);
        }, write.dryRun);
        write.report(spec, file, outcome, "edited '" + edited[0] + "' in " + file);
        return ExitCode.OK;
    }

    private EventChanges.Patch patch() {
        String newId = id == null ? null : id.strip();
        return new EventChanges.Patch(newId, date == null ? null : CurationValues.date("--date", date),
                title == null ? null : nonBlank("--title", title), summary == null ? null : summary.strip(), type,
                addActors.stream().map(a -> CurationValues.actor("--add-actor", a)).toList(),
                removeActors.stream().map(String::strip).toList(),
                addSources.stream().map(s -> CurationValues.source("--add-source", s)).toList(), removeSources,
                tags.stream().map(String::strip).toList(), removeTags.stream().map(String::strip).toList(),
                place == null ? null : CurationValues.place("--place", place),
                fatalities == null || fatalities.count == null ? null
                        : CurationValues.count("--fatalities", fatalities.count),
                fatalities != null && fatalities.none, note == null ? null : note.strip(),
                new EventChanges.SourceDetails(sourceTitle == null ? null : sourceTitle.strip(),
                        sourceUrl == null ? null : sourceUrl.strip(), sourceNote == null ? null : sourceNote.strip()));
    }

    static String nonBlank(String option, String text) {
        if (text.isBlank()) {
            throw TimelineException.usage("invalid value for option '" + option + "': it is empty; expected text");
        }
        return text.strip();
    }
}
