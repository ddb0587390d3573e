package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import dev.timeline.tools.GenerateEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors are one line without a library's internals (issue 11, point 17), and typos get suggestions (point 18). */
class MessagesTest {

    @TempDir
    Path dir;

    private static void assertOneCleanLine(Result result, int exitCode) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(exitCode);
        assertThat(result.err()).as(result.toString()).hasLineCount(1)
                .doesNotContain("[Source", "REDACTED", "StreamReadConstraints", "StreamReadFeature", "`", ".tmp",
                        "Exception", ":0:", "(code ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"id\": \"x\", \"events\": [|the text ends too early",
        "{\"id\": [1, 2|the text ends too early",
        "{\"id\": \"x\" \"title\": 1}|malformed JSON",
        "{\"id\": \"x\", \uFEFF\"title\": 1}|unexpected character U+FEFF: was expecting",
        "{\"id\": \"x\", \u0001\"title\": 1}|character U+0001",
        "{\"id\": \"x\", x\"title\": 1}|unexpected character U+0078"})
    void malformedJsonIsSaidWithoutJacksonsWords(String text, String expected) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), text);
        Result result = new Cli().run("list", "--data", file.toString());
        assertOneCleanLine(result, ExitCode.DATA);
        assertThat(result.err()).contains(expected).startsWith(file + ":1:");
    }

    @Test
    void aTooLongStringNamesTheLimit() throws IOException {
        Path file = dir.resolve("long.json");
        Files.writeString(file, "{\"id\": \"" + "a".repeat(10_000_001) + "\"}");
        Result result = new Cli().run("list", "--data", file.toString());
        assertOneCleanLine(result, ExitCode.DATA);
        assertThat(result.err()).contains("a text value is longer than timeline accepts (10000000 characters)");
    }

    private Path acled(String name, int rows) throws IOException {
        Path file = dir.resolve(name);
        GenerateEvents.write(file, rows, 5, true);
        return file;
    }

    @Test
    void aRecordProblemInACsvHasNoColumnZero() throws IOException {
        Path file = acled("a.csv", 4);
        Files.writeString(file, "x,y\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Result result = new Cli().run("list", "--data", file.toString(), "--no-cache");
        assertOneCleanLine(result, ExitCode.DATA);
        assertThat(result.err()).startsWith(file + ":6: the record has 2 fields; expected 31");
    }

    @Test
    void aCsvWithCarriageReturnLineEndsIsNamedSo() throws IOException {
        Path file = acled("mac.csv", 20);
        Files.writeString(file, Files.readString(file).replace("\r\n", "\n").replace('\n', '\r'));
        Result result = new Cli().run("list", "--data", file.toString(), "--no-cache");
        assertOneCleanLine(result, ExitCode.DATA);
        assertThat(result.err()).contains("carriage return alone").doesNotContain("fields");
    }

    @Test
    void validateOnABigInputSaysItIsNoDatasetAndNamesImport() throws IOException {
        Path acled = acled("a.csv", 3);
        Path jsonl = dir.resolve("e.jsonl");
        GenerateEvents.write(jsonl, 3, 5, false);
        for (Path file : List.of(acled, jsonl)) {
            Result result = new Cli().run("validate", file.toString());
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.DATA);
            assertThat(result.out()).contains(file + ": not a dataset file", "timeline import " + file)
                    .doesNotContain("malformed JSON");
        }
    }

    @Test
    void aWriteFailureNamesTheTargetNotATemporaryFile() {
        Result result = new Cli().run("export", "-o", "/dev/full");
        assertOneCleanLine(result, ExitCode.DATA);
        assertThat(result.err()).isEqualToIgnoringNewLines("timeline: cannot write /dev/full: no space left on device");
    }

    @Test
    void aLockThatCannotBeCreatedSaysWhy() throws IOException {
        Files.createDirectory(dir.resolve(".out.csv.lock"));
        Result result = new Cli().run("export", "-o", dir.resolve("out.csv").toString());
        assertOneCleanLine(result, ExitCode.DATA);
        assertThat(result.err()).contains("cannot create its lock file .out.csv.lock", "is a directory");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lsit|unknown command 'lsit' (did you mean 'list'?)",
        "exprot --format csv|unknown command 'exprot' (did you mean 'export'?)",
        "qqqq|unknown command 'qqqq'; expected one of: list, export,"})
    void anUnknownCommandGetsASuggestion(String args, String expected) {
        Result result = new Cli().run(args.split(" "));
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains(expected).hasLineCount(1).doesNotContain("__complete");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--tag|spy-netwrk|--tag 'spy-netwrk' matches no event; the closest tag is 'spy-network'",
        "--place|Tehrn|--place 'Tehrn' matches no event; the closest place is 'Tehran'",
        "--source|Caspian Nws|--source 'Caspian Nws' matches no event; the closest source is 'Caspian News'"})
    void aValueThatMatchesNothingNamesTheClosest(String option, String value, String expected) {
        for (String command : List.of("list", "export")) {
            Result result = new Cli().run(command, option, value);
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.err()).as(result.toString()).contains("timeline: " + expected);
        }
        Result found = new Cli().run("list", "--tag", "spy-network");
        assertThat(found.err()).doesNotContain("matches no event");
        Result narrow = new Cli().run("list", "--tag", "spy-network", "--in", "1995");
        assertThat(narrow.err()).as("a tag that exists, with no hit in the range").doesNotContain("closest");
    }

    @ParameterizedTest
    @CsvSource({"99999999999", "0", "-3", "many"})
    void aLimitOutOfRangeSaysTheRange(String limit) {
        Result result = new Cli().run("list", "--limit", limit);
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("'" + limit + "'", "expected a whole number from 1 to 2147483647")
                .hasLineCount(1);
    }

    @Test
    void anEmptyActorNameIsSaidSo() {
        Result result = new Cli().run("actors", "show", "");
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("the actor name is empty").doesNotContain("unknown actor ''");
    }

    @Test
    void aMissingConfigFileNamedByTheEnvironmentIsAUsageError() {
        Path missing = dir.resolve("nope.properties");
        Result result = new Cli().env("TIMELINE_CONFIG", missing.toString()).run("list");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("TIMELINE_CONFIG names " + missing + ", which does not exist");
    }
}
