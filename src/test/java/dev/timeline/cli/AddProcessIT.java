package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.model.Event;
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

/** {@code timeline add} as real processes: concurrent adds all land; an add killed midway changes nothing. */
class AddProcessIT {

    static final Path JAR = LauncherIT.PROJECT.resolve("target/timeline.jar");

    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void copyOut() throws Exception {
        file = dir.resolve("my.json");
        Process export = start(List.of(), "export", "--format", "dataset", "-o", file.toString());
        assertThat(export.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(export.exitValue()).isZero();
    }

    private Process start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out-" + System.nanoTime()).toFile())
                .redirectError(dir.resolve("err-" + System.nanoTime()).toFile())
                .start();
    }

    @Test
    void concurrentAddsAllLand() throws Exception {
        int n = 4;
        List<Process> adds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adds.add(start(List.of(), "add", "--data", file.toString(), "--id", "concurrent-" + i, "--date",
                    "2023-05-0" + (i + 1), "--title", "Concurrent " + i, "--type", "statement", "--actor", "Iran"));
        }
        for (Process add : adds) {
            assertThat(add.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(add.exitValue()).isZero();
        }
        List<String> ids = DatasetReader.read(file).events().stream().map(Event::id).toList();
        for (int i = 0; i < n; i++) {
            assertThat(ids).contains("concurrent-" + i);
        }
        assertThat(ids).hasSize(26 + n);
        Process validate = start(List.of(), "validate", file.toString());
        assertThat(validate.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(validate.exitValue()).isZero();
    }

    @Test
    void anAddKilledMidwayLeavesTheFileAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(file);
        Process add = start(List.of("-Dtimeline.test.pauseBeforeCommitMillis=60000"), "add", "--data",
                file.toString(), "--date", "2023-05", "--title", "Never lands", "--type", "statement");
        // wait until the new text is written to the temporary file, then kill before the rename
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
        assertThat(temporary).as("the add wrote its temporary file").isNotNull();
        add.destroyForcibly();
        assertThat(add.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        Process next = start(List.of(), "add", "--data", file.toString(), "--date", "2023-05", "--title", "Lands",
                "--type", "statement");
        assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(next.exitValue()).as("the kill released the lock").isZero();
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }
}
