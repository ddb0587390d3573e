package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.tools.GenerateEvents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real launcher's output side as processes: an export stopped by SIGTERM or SIGINT leaves nothing behind, the
 * leftovers of a {@code kill -9} go with the next write, a failing standard output is one line, and
 * {@code -o /dev/stdout} works in a pipe.
 */
class OutputProcessIT {

    static final Path JAR = LauncherIT.PROJECT.resolve("target/timeline.jar");

    @TempDir
    static Path shared;

    static Path big;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws IOException {
        big = shared.resolve("big.jsonl");
        GenerateEvents.write(big, 400_000, 7, false);
    }

    private Process start(String... args) throws IOException {
        // a test run in the background inherits SIGINT ignored, and the JVM then leaves it so: restore the default
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT,TERM",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("XDG_CACHE_HOME", shared.resolve("cache").toString());
        return builder.start();
    }

    /** Starts an export of the big file to {@code target} and waits until its temporary file is being written. */
    private Process exportUntilWriting(Path target) throws Exception {
        Process export = start("export", "--data", big.toString(), "--no-cache", "-o", target.toString());
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline && export.isAlive()) {
            if (temporaries(target).stream().anyMatch(p -> size(p) > 0)) {
                return export;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the export never wrote its temporary file: alive " + export.isAlive() + ", "
                + Files.readString(dir.resolve("err.txt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void anExportStoppedBySignalLeavesNothing(String signal) throws Exception {
        Path target = dir.resolve("all.csv");
        Process export = exportUntilWriting(target);
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(export.pid())).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(export.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(export.exitValue()).as("stopped by the signal").isNotZero();
        assertThat(listing()).containsExactlyInAnyOrder("out.txt", "err.txt");
    }

    @Test
    void theNextWriteRemovesWhatAKillLeft() throws Exception {
        Path target = dir.resolve("all.csv");
        Process export = exportUntilWriting(target);
        export.destroyForcibly();
        assertThat(export.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(temporaries(target)).as("kill -9 runs no hook").isNotEmpty();
        Process again = start("export", "--actor", "IRGC", "-o", target.toString());
        assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
        assertThat(Files.readString(target)).contains("irgc");
        assertThat(listing()).containsExactlyInAnyOrder("out.txt", "err.txt", "all.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version >/dev/full", "--help >/dev/full", "help list >/dev/full", "--version >&-",
        "list >&-"})
    void aFailingStdoutIsOneLine(String redirected) throws Exception {
        LauncherIT.Run run = LauncherIT.bash(dir, "java -jar '" + JAR + "' " + redirected);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).startsWith("timeline: cannot write to standard output: ").hasLineCount(1);
    }

    @Test
    void devStdoutInAPipe() throws Exception {
        LauncherIT.Run run = LauncherIT.bash(dir, "java -jar '" + JAR + "' export --actor IRGC -o /dev/stdout | cat; "
                + "exit ${PIPESTATUS[0]}");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("id,date,start,end").contains("irgc");
        assertThat(listing()).isEmpty();
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private List<Path> temporaries(Path target) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("." + target.getFileName() + ".")
                    && p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }
}
