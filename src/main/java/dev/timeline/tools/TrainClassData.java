package dev.timeline.tools;

import dev.timeline.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The launcher's training run for class-data sharing (AppCDS): runs the commands people run most (list on the
 * bundled dataset, exports of small generated JSON Lines and ACLED files) in one JVM, so that the archive the JVM
 * dumps at exit ({@code -XX:ArchiveClassesAtExit}) holds every class they load. Output is discarded.
 */
public final class TrainClassData {

    private TrainClassData() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("timeline-train");
        try {
            Path jsonl = folder.resolve("events.jsonl");
            Path acled = folder.resolve("events.csv");
            GenerateEvents.write(jsonl, 500, 1, false);
            GenerateEvents.write(acled, 500, 1, true);
            Map<String, String> env = Map.of("XDG_CACHE_HOME", folder.resolve("cache").toString(), "COLUMNS", "100");
            String[][] runs = {
                {"list"},
                {"list", "--from", "2023-03-01", "--to", "2023-03-31", "--actor", "Israel"},
                {"export", "--format", "csv", "--actor", "Iran"},
                {"export", "--data", jsonl.toString(), "--from", "2000-01-01", "--to", "2020-12-31", "--actor",
                    "Iran", "--format", "csv"},
                {"export", "--data", jsonl.toString(), "--from", "2000-01-01", "--actor", "Iran", "--format", "csv"},
                {"list", "--data", acled.toString(), "--in", "2010", "--actor", "Iran"},
                {"export", "--data", acled.toString(), "--in", "2010", "--actor", "Iran", "--format", "csv"},
                {"export", "--data", acled.toString(), "--in", "2010", "--format", "json"},
                {"--help"}};
            for (String[] run : runs) {
                StringWriter sink = new StringWriter();
                Main.commandLine(new PrintWriter(sink), new PrintWriter(sink), env).execute(run);
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
