package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Nasty;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, point 9, for the machine formats: CSV, JSON and the rest write the data as it is to a file or a pipe,
 * but when their output is a terminal ({@code script} gives the launcher a pseudo-terminal, as a person's shell
 * does) no control code from the data reaches it.
 */
class TerminalOutputIT {

    @TempDir
    Path cwd;

    @ParameterizedTest
    @ValueSource(strings = {"csv", "tsv", "json", "jsonl", "ics", "timelinejs", "geojson", "dataset", "table",
        "markdown"})
    void aTerminalGetsNoControlCodeFromTheData(String format) throws Exception {
        Path data = cwd.resolve("hostile.json");
        String located = Nasty.hostileJson().replace("\"country\": \"IRN\"}, \"fatalities\"",
                "\"country\": \"IRN\", \"lat\": 35.6892, \"lon\": 51.389}, \"fatalities\""); // points, for geojson
        assertThat(located).contains("\"lat\"");
        Files.writeString(data, located, StandardCharsets.UTF_8);
        String list = "'" + LauncherIT.PROJECT.resolve("scripts/timeline") + "' export --color never --format "
                + format + " --data '" + data + "'";
        LauncherIT.Run piped = LauncherIT.bash(cwd, list);
        assertThat(piped.exitCode()).as(piped.toString()).isZero();
        LauncherIT.Run terminal = LauncherIT.bash(cwd, "script -qec \"" + list.replace("\"", "\\\"") + "\" /dev/null");
        assertThat(terminal.exitCode()).as(terminal.toString()).isZero();
        assertThat(terminal.out()).as(terminal.toString()).isNotBlank()
                .doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u0000")
                .doesNotContain("\u009b").doesNotContain("\u202e");
        if (format.equals("csv") || format.equals("tsv")) {
            assertThat(piped.out()).as("a pipe gets the data as it is").contains("\u001b");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"actors --format csv", "actors --format json", "stats --by actor --format csv",
        "show e1 --format csv"})
    void reportsToATerminalGetNoControlCodeFromTheData(String command) throws Exception {
        Path data = cwd.resolve("hostile.json");
        Files.writeString(data, Nasty.hostileJson(), StandardCharsets.UTF_8);
        String run = "'" + LauncherIT.PROJECT.resolve("scripts/timeline") + "' " + command + " --color never --data '"
                + data + "'";
        LauncherIT.Run piped = LauncherIT.bash(cwd, run);
        assertThat(piped.exitCode()).as(piped.toString()).isZero();
        LauncherIT.Run terminal = LauncherIT.bash(cwd, "script -qec \"" + run.replace("\"", "\\\"") + "\" /dev/null");
        assertThat(terminal.exitCode()).as(terminal.toString()).isZero();
        assertThat(terminal.out()).as(terminal.toString()).isNotBlank()
                .doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u0000")
                .doesNotContain("\u009b").doesNotContain("\u202e");
    }
}
