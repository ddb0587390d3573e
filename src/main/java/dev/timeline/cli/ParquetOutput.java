package dev.timeline.cli;

import dev.timeline.engine.ParquetExport;
import dev.timeline.format.FormatContext;
import dev.timeline.format.OutputFormat;
import dev.timeline.model.Event;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(lines, StandardCharsets.UTF_8), 1 << 16)) {
                OutputFormat.JSONL.formatter(context.withEscapeFormulas(false)).write(events, out);
            }
            ParquetExport.write(lines, target, countries);
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
