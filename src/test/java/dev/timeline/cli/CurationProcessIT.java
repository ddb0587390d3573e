package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.dataset.DatasetReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curation commands as real processes: concurrent writers of every kind lose nothing; a kill changes nothing. */
class CurationProcessIT {

    @TempDir
    Path dir;

    Path file;

    Dataset original;

    @BeforeEach
    void copyOut() throws Exception {
        file = dir.resolve("my.json");
        run(List.of(), "export", "--format", "dataset", "-o", file.toString());
        original = DatasetReader.read(file);
    }

    private Process start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", AddProcessIT.JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out-" + System.nanoTime()).toFile())
                .redirectError(dir.resolve("err-" + System.nanoTime()).toFile())
                .start();
    }

    private void run(List<String> jvmOptions, String... args) throws Exception {
        Process p = start(jvmOptions, args);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", args)).isZero();
    }

    @Test
    void concurrentWritersOfEveryKindAllLand() throws Exception {
        String f = file.toString();
        List<String> events = original.events().stream().map(Event::id).toList();
        List<Process> writers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            writers.add(start(List.of(), "add", "--data", f, "--id", "concurrent-" + i, "--date", "2023-05-0" + (i + 1),
                    "--title", "Concurrent " + i, "--type", "statement", "--actor", "Iran"));
            writers.add(start(List.of(), "edit", f, events.get(i), "--title", "Edited " + i));
            writers.add(start(List.of(), "actors", "add", f, "--name", "Concurrent Actor " + i));
            writers.add(start(List.of(), "rm", f, events.get(events.size() - 1 - i)));
        }
        for (Process writer : writers) {
            assertThat(writer.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(writer.exitValue()).isZero();
        }
        Dataset after = DatasetReader.read(file);
        List<String> ids = after.events().stream().map(Event::id).toList();
        assertThat(ids).contains("concurrent-0", "concurrent-1")
                .doesNotContain(events.get(events.size() - 1), events.get(events.size() - 2))
                .hasSize(events.size());
        assertThat(after.event(events.get(0)).orElseThrow().title()).isEqualTo("Edited 0");
        assertThat(after.event(events.get(1)).orElseThrow().title()).isEqualTo("Edited 1");
        assertThat(after.actors()).extracting(Actor::id).contains("concurrent-actor-0", "concurrent-actor-1")
                .hasSize(original.actors().size() + 2);
        run(List.of(), "validate", f);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void aWriterKilledBeforeItsRenameLeavesTheFileAsItWas() throws Exception {
        for (String[] args : new String[][] {
            {"edit", file.toString(), original.events().get(0).id(), "--title", "Never lands: a title much longer than any title the bundled dataset has, so the file grows"},
            {"actors", "add", file.toString(), "--name", "Never lands"}}) {
            byte[] before = Files.readAllBytes(file);
            Process writer = start(List.of("-Dtimeline.test.pauseBeforeCommitMillis=60000"), args);
            long deadline = System.currentTimeMillis() + 60_000;
            Path temporary = null;
            while (temporary == null && System.currentTimeMillis() < deadline) {
                try (Stream<Path> files = Files.list(dir)) {
                    temporary = files.filter(p -> p.getFileName().toString().startsWith(".my.json.")
                            && p.getFileName().toString().endsWith(".tmp")).filter(p -> size(p) > before.length)
                            .findFirst().orElse(null);
                }
                Thread.sleep(20);
            }
            assertThat(temporary).as("%s wrote its temporary file", args[0]).isNotNull();
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
        run(List.of(), "rm", file.toString(), original.events().get(0).id()); // the kills released the lock
        assertThat(DatasetReader.read(file).events()).hasSize(original.events().size() - 1);
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }
}
