package dev.timeline.cli;

import dev.timeline.engine.ParquetExport;
import dev.timeline.format.FormatContext;
import dev.timeline.format.OutputFormat;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --format parquet}: the selected events are written as JSON Lines in the export shape to a temporary file,
 * which DuckDB turns into the Parquet target ({@link ParquetExport}, atomic). Binary and written by path, so it goes
 * to a file only: standard output (a terminal or a pipe) is refused with one line.
 */
final class ParquetOutput {

    private ParquetOutput() {
    }

    static void write(Path target, FormatContext context, Iterable<Event> events, boolean countries) {
        if (Output.isStdout(target)) {
            throw TimelineException.usage("--format parquet is a binary file that DuckDB writes by path; write it "
                    + "with -o FILE.parquet");
        }
        Path lines = null;
        try {
            lines = Files.createTempFile("timeline-parquet-", ".jsonl");
            // the actors the events name, in the order met, and what they are part of, for the file's metadata
            Map<String, Actor> actors = new LinkedHashMap<>();
            Iterable<Event> noted = () -> {
                Iterator<Event> it = events.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Event next() {
                        Event event = it.next();
                        for (Participation p : event.actors()) {
                            String id = p.actorId();
                            while (id != null && !actors.containsKey(id)) {
                                Actor actor = context.actors().get(id);
                                actors.put(id, actor != null ? actor
                                        : new Actor(id, id, ActorKind.GROUP, null, null, null, null));
                                id = actor == null ? null : actor.partOf();
                            }
                        }
                        return event;
                    }
                };
            };
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(lines, StandardCharsets.UTF_8), 1 << 16)) {
                OutputFormat.JSONL.formatter(context.withEscapeFormulas(false)).write(noted, out);
            }
            ParquetExport.write(lines, target, countries, actors);
        } catch (IOException e) {
            throw TimelineException.data("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (lines != null) {
                try {
                    Files.deleteIfExists(lines);
                } catch (IOException e) {
                    // a temporary file the system cleans
                }
            }
        }
    }
}
