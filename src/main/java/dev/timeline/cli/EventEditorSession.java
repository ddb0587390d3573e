package dev.timeline.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.timeline.dataset.ChangeRefused;
import dev.timeline.dataset.DatasetFile;
import dev.timeline.dataset.EventChanges;
import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.io.DataException;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.dataset.DatasetWriter;
import dev.timeline.io.Json;
import dev.timeline.io.Problem;
import dev.timeline.text.TerminalText;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code timeline edit FILE EVENT --editor}: the event as JSON in the user's editor, as {@code git commit} and
 * {@code kubectl edit} do it. What comes back is checked as an event of the file; on a problem the buffer opens
 * again with the problem in {@code #} lines at the top (they are ignored when read, and kept as blank lines so that
 * line numbers match what the user sees). An empty or unchanged buffer changes nothing. After {@value #ATTEMPTS}
 * refused buffers in a row the edit stops (exit 1), so a non-interactive editor cannot loop for ever.
 */
final class EventEditorSession {

    static final int ATTEMPTS = 10;

    private final CommandSpec spec;
    private final Function<String, String> env;
    private final Path file;
    private final String ref;
    private final WriteOptions write;

    EventEditorSession(CommandSpec spec, Function<String, String> env, Path file, String ref, WriteOptions write) {
        this.spec = spec;
        this.env = env;
        this.file = file;
        this.ref = ref;
        this.write = write;
    }

    int run() {
        Dataset dataset = DatasetFile.change(file, d -> d, true).dataset(); // reads and checks as a change would
        Event old = EventChanges.find(dataset, ref);
        String original = json(old);
        Event[] changedMeanwhile = new Event[1];
        Event[] base = {old}; // the event as the file had it when the buffer was last filled
        return untilDone(env, "timeline-edit-", original, "nothing was changed", edited -> {
            if (edited.isBlank()) {
                spec.commandLine().getErr().println("timeline: the buffer is empty; nothing was changed");
                return Turn.done(ExitCode.OK);
            }
            if (edited.strip().equals(original.strip())) {
                spec.commandLine().getErr().println("timeline: the event is unchanged; nothing was changed");
                return Turn.done(ExitCode.OK);
            }
            try {
                Set<String> actorIds = dataset.actors().stream().map(Actor::id).collect(Collectors.toSet());
                Event event = DatasetReader.readEvent(new StringReader(edited), "edited event", actorIds);
                DatasetFile.Outcome outcome = DatasetFile.change(file, d -> {
                    Event opened = base[0];
                    Event current = d.event(opened.id()).orElseThrow(() -> new ChangeRefused("event '"
                            + opened.id() + "' was removed from " + file + " while you edited it; nothing was "
                            + "changed"));
                    if (!current.equals(opened)) {
                        changedMeanwhile[0] = current;
                        throw new ChangeRefused("another writer changed this event in " + file + " while you "
                                + "edited it; theirs is below, merge it into yours and save again:\n"
                                + json(current).strip());
                    }
                    if (!event.id().equals(current.id()) && d.event(event.id()).isPresent()) {
                        throw new ChangeRefused("an event with id '" + event.id() + "' already exists; "
                                + "choose another id");
                    }
                    return EventChanges.replace(d, current.id(), event);
                }, write.dryRun);
                write.report(spec, file, outcome, "edited '" + old.id() + "' in " + file);
                return Turn.done(ExitCode.OK);
            } catch (DataException e) {
                return Turn.again(e);
            } catch (ChangeRefused e) {
                if (changedMeanwhile[0] != null) { // the next save is checked against what is there now
                    base[0] = changedMeanwhile[0];
                    changedMeanwhile[0] = null;
                }
                return Turn.again(e);
            }
        });
    }

    /**
     * For {@code review}: {@code shown} opens as JSON in the editor, and what comes back, read as an event naming
     * {@code actorIds}, is handed to {@code save}; a problem reading it or a {@link ChangeRefused} from {@code save}
     * opens the buffer again with the problem at the top, as {@link #run()} does. An unchanged buffer is saved as
     * it is; an empty one saves nothing (empty result).
     */
    static <T> Optional<T> editUntilSaved(Function<String, String> env, Event shown, Set<String> actorIds,
            Function<Event, T> save) {
        return untilDone(env, "timeline-review-", json(shown), "it was not added", edited -> {
            if (edited.isBlank()) {
                return Turn.done(Optional.<T>empty());
            }
            try {
                return Turn.done(Optional.of(save.apply(DatasetReader.readEvent(new StringReader(edited),
                        "edited event", actorIds))));
            } catch (DataException e) {
                return Turn.again(e);
            } catch (ChangeRefused e) {
                return Turn.again(e);
            }
        });
    }

    /** What one saved buffer came to: a result, or the problem to show at the top of the buffer next time. */
    private record Turn<T>(T result, String problem) {
        static <T> Turn<T> done(T result) {
            return new Turn<>(result, null);
        }

        static <T> Turn<T> again(DataException e) {
            return new Turn<>(null, e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        }

        static <T> Turn<T> again(ChangeRefused e) {
            return new Turn<>(null, e.getMessage());
        }
    }

    /**
     * The editing loop both sessions share: {@code text} goes into a temporary buffer (named {@code prefix}...),
     * the editor opens it, and {@code turn} decides what the buffer read back (without its comments) comes to;
     * a problem opens the buffer again under a header, up to {@value #ATTEMPTS} times ({@code notDone} says what
     * that means for the data). The buffer is deleted at the end.
     */
    private static <T> T untilDone(Function<String, String> env, String prefix, String text, String notDone,
            Function<String, Turn<T>> turn) {
        Path buffer = null;
        try {
            buffer = Files.createTempFile(prefix, ".json");
            String shown = text;
            for (int attempt = 1; ; attempt++) {
                Files.writeString(buffer, shown, StandardCharsets.UTF_8);
                openEditor(env, buffer);
                String edited = uncommented(Files.readString(buffer, StandardCharsets.UTF_8));
                Turn<T> result = turn.apply(edited);
                if (result.problem() == null) {
                    return result.result();
                }
                if (attempt >= ATTEMPTS) {
                    throw TimelineException.data("the edited event was refused " + ATTEMPTS + " times in a row; "
                            + notDone + ". Last problem: " + result.problem().lines().findFirst().orElse(""), null);
                }
                shown = header(result.problem()) + edited;
            }
        } catch (IOException e) {
            throw TimelineException.data("cannot edit in a temporary file: " + DataException.why(e), e);
        } finally {
            if (buffer != null) {
                try {
                    Files.deleteIfExists(buffer);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans its folder
                }
            }
        }
    }

    private static String header(String problem) {
        StringBuilder out = new StringBuilder("# timeline: the event was not saved:\n");
        problem.lines().forEach(line -> out.append("#   ").append(line).append('\n'));
        out.append("# Fix it and save, or empty the buffer to change nothing. Lines starting with # are ignored.\n");
        return out.toString();
    }

    /** The buffer without its {@code #} lines, each kept as an empty line. */
    static String uncommented(String text) {
        return text.lines().map(line -> line.stripLeading().startsWith("#") ? "" : line)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static void openEditor(Function<String, String> env, Path buffer) throws IOException {
        String editor = firstSet(env.apply("VISUAL"), env.apply("EDITOR"), "vi");
        ProcessBuilder builder = new ProcessBuilder(List.of("/bin/sh", "-c", editor + " \"$1\"", "sh",
                buffer.toString())).inheritIO();
        try {
            int code = builder.start().waitFor();
            if (code != 0) {
                throw TimelineException.data("the editor (" + TerminalText.line(editor) + ") exited with " + code
                        + "; nothing was changed", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TimelineException.data("interrupted while the editor ran; nothing was changed", e);
        }
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String json(Event event) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(Json.prettyPrinter("  "));
            DatasetWriter.writeEvent(json, event);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out + "\n";
    }
}
