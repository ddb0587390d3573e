package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.io.Trace;
import dev.timeline.model.Dataset;
import dev.timeline.support.Cli;
import dev.timeline.support.Corpora;
import dev.timeline.tools.GenerateEvents;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands over big inputs: detection errors, bad records, names, the JSON Lines round trip, import. */
class BigInputCommandTest {

    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void cli() {
        cli = new Cli().env("XDG_CACHE_HOME", dir.resolve("cache").toString());
    }

    @Test
    void aFileThatIsNoneOfTheFormatsFailsNamingThoseTried() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "name,age\nAda,36\n");
        Cli.Result result = cli.run("list", "--data", file.toString());
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.DATA);
        assertThat(result.err()).isEqualTo("timeline: " + file + ": not a format timeline reads; tried dataset "
                + "JSON (an object with \"actors\" and \"events\"), JSON Lines (one event object per line), a JSON array of "
                + "event objects (what export --format json writes), ACLED CSV "
                + "(a header with event_id_cnty, event_date, event_type, ...), GDELT TSV (57, 58 or 61 "
                + "tab-separated columns, no header), UCDP GED CSV (a header with id, type_of_violence, side_a, side_b, "
                + "date_prec, date_start, date_end, best, ...), ICEWS event file (tab-separated, a header with Event ID, "
                + "Event Date, Source Name, CAMEO Code, Target Name, ...)\n");
    }

    @Test
    void aCorpusFileThatIsNoEventFileIsRefused() {
        Path evil = Corpora.require("csv-evil", "evil.csv");
        Cli.Result result = cli.run("list", "--data", evil.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(result.err()).contains("not a format timeline reads; tried dataset JSON");
    }

    /** TIMELINE_TRACE: the phases of opening a big file reach the command's stderr, through the CLI's listener. */
    @Test
    void tracingReportsTheBigFilePathOnTheCommandsStderrOnlyWhenAskedFor() throws IOException {
        Path file = generated(500);
        Cli.Result quiet = cli.run("list", "--data", file.toString(), "--limit", "1");
        assertThat(quiet.err()).as(quiet.toString()).isEmpty();
        Cli.Result traced = cli.env("TIMELINE_TRACE", "1").run("list", "--data", file.toString(), "--limit", "1");
        assertThat(traced.out()).isEqualTo(quiet.out());
        assertThat(traced.err().lines().toList()).as(traced.toString()).allMatch(l -> l.matches("trace \\d+ ms: .*"))
                .extracting(l -> l.substring(l.indexOf(": ") + 2))
                .containsExactly("stamped", "cache hit", "data read", "query compiled, formatter made",
                        "500 candidates found", "first 64 candidates read and parsed", "selected and formatted");
    }

    /** The launcher's start (-Dtimeline.launched, microseconds) is what the marks count from, when it is there. */
    @Test
    void traceMarksCountFromTheLaunchersStartWhenItPassesOne() {
        StringWriter sink = new StringWriter();
        long launched = (System.currentTimeMillis() - 5_000) * 1000;
        Trace trace = StderrTrace.of(Map.of("TIMELINE_TRACE", "1"), new PrintWriter(sink, true), Long.toString(launched));
        trace.mark("main");
        long ms = Long.parseLong(sink.toString().replaceAll("(?s)trace (\\d+) ms: main.*", "$1"));
        assertThat(ms).isBetween(5_000L, 65_000L);
        assertThat(StderrTrace.of(Map.of(), new PrintWriter(sink), Long.toString(launched))).isSameAs(Trace.NONE);
        // not a number of microseconds: counted from the JVM's start instead
        StringWriter jvm = new StringWriter();
        StderrTrace.of(Map.of("TIMELINE_TRACE", "1"), new PrintWriter(jvm, true), "12.5").mark("main");
        assertThat(jvm.toString()).matches("(?s)trace \\d+ ms: main.*");
    }

    @Test
    void anUnknownActorInABigFileIsAUsageErrorWithAHint() throws IOException {
        Path file = generated(500);
        Cli.Result result = cli.run("list", "--data", file.toString(), "--actor", "Azerbaijn");
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("unknown actor 'Azerbaijn' for --actor (did you mean 'Azerbaijan'");
    }

    @Test
    void aBadRecordFailsTheLoadWithFileLineAndReason() throws IOException {
        Path file = withBadLines(generated(300), 120, 250);
        Cli.Result result = cli.run("export", "--data", file.toString());
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.DATA);
        assertThat(result.err()).startsWith(file + ":120:").contains("'date' is \"2023-02-30\"").hasLineCount(1);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void skipBadLoadsTheRestAndReportsTheProblems() throws IOException {
        Path file = withBadLines(generated(300), 120, 250);
        Cli.Result result = cli.run("export", "--skip-bad", "--data", file.toString(), "--format", "jsonl");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out().lines()).hasSize(298);
        assertThat(result.err()).contains("skipped 2 bad records (--skip-bad)")
                .contains(file + ":120:").contains(file + ":250:");
        // the cached index remembers them: without --skip-bad the same file still fails
        assertThat(cli.run("export", "--data", file.toString()).exitCode()).isEqualTo(ExitCode.DATA);
    }

    @Test
    void jsonLinesRoundTrip() throws IOException {
        Cli.Result exported = cli.run("export", "--format", "jsonl");
        Path file = dir.resolve("bundled.jsonl");
        Files.writeString(file, exported.out());
        for (String format : List.of("jsonl", "csv", "json", "table")) {
            Cli.Result original = cli.run("list", "--format", format);
            Cli.Result again = cli.run("list", "--format", format, "--data", file.toString());
            assertThat(again.exitCode()).as(again.toString()).isZero();
            if (format.equals("table")) {
                assertThat(again.out()).isEqualTo(original.out());
            } else {
                assertThat(again.out()).as(format).isEqualTo(original.out());
            }
        }
        Cli.Result query = cli.run("list", "--data", file.toString(), "--actor", "Azerbaijan", "--in", "2023-Q1",
                "--format", "csv");
        assertThat(query.out()).isEqualTo(cli.run("list", "--actor", "Azerbaijan", "--exact-actor", "--in",
                "2023-Q1", "--format", "csv").out());
    }

    @Test
    void jsonLinesActorsGivenByNameBecomeActors() throws IOException {
        Path file = dir.resolve("named.jsonl");
        Files.writeString(file, """
                {"id":"e1","date":"2023-01-27","type":"armed-attack","title":"Attack","actors":[{"name":"Iran","role":"initiator"},"Azerbaijan"]}
                {"id":"e2","date":"2023-03","type":"statement","title":"Words","actors":[{"name":"Azerbaijan","role":"target"}]}
                """);
        Cli.Result result = cli.run("export", "--data", file.toString(), "--actor", "azerbaijan", "--format", "jsonl");
        assertThat(result.out()).contains("{\"id\":\"azerbaijan\",\"name\":\"Azerbaijan\",\"role\":\"participant\"}")
                .contains("{\"id\":\"iran\",\"name\":\"Iran\",\"role\":\"initiator\"}");
        assertThat(result.out().lines()).hasSize(2);
        Path dataset = dir.resolve("named.json");
        assertThat(cli.run("import", file.toString(), "-o", dataset.toString()).exitCode()).isZero();
        assertThat(DatasetReader.read(dataset).actors()).extracting(a -> a.id() + ":" + a.name())
                .containsExactly("iran:Iran", "azerbaijan:Azerbaijan");
    }

    @Test
    void importWritesADatasetTheNativeReaderAccepts() throws IOException {
        for (String corpus : List.of("acled-global-2020-05/acled.caucasus-iran-turkey-subset.csv",
                "gdelt/20191024143000.export.first100.CSV", "gdelt/gdelt-v1-sample-events.tsv")) {
            Path input = Corpora.require(corpus);
            Path output = dir.resolve(input.getFileName() + ".json");
            Cli.Result result = cli.run("import", input.toString(), "-o", output.toString());
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.err()).isEmpty(); // no progress bar: stderr is not a terminal
            Dataset dataset = DatasetReader.read(output);
            Cli.Result fromImport = cli.run("export", "--data", output.toString(), "--format", "csv");
            Cli.Result fromInput = cli.run("export", "--data", input.toString(), "--format", "csv");
            assertThat(fromImport.out()).as(corpus).isEqualTo(fromInput.out());
            assertThat(dataset.events()).hasSize((int) fromInput.out().lines().count() - 1);
        }
    }

    @Test
    void aroundAnEventOfABigFile() throws IOException {
        Path file = generated(2000);
        String line = Files.readAllLines(file).get(1233);
        String id = line.substring(7, line.indexOf('"', 7));
        String date = line.substring(line.indexOf("\"start\":\"") + 9, line.indexOf("\"start\":\"") + 19);
        Cli.Result result = cli.run("list", "--data", file.toString(), "--around", id, "--window", "3d",
                "--format", "csv");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("\r\n" + id + ",");
        Cli.Result byDate = cli.run("list", "--data", file.toString(), "--around", date, "--window", "3d",
                "--format", "csv");
        assertThat(byDate.out().lines().count()).isGreaterThanOrEqualTo(result.out().lines().count());
        assertThat(cli.run("list", "--data", file.toString(), "--around", "NOPE1").err())
                .contains("unknown event 'NOPE1' for --around; expected an event id or a date");
    }

    private Path generated(int count) throws IOException {
        Path file = dir.resolve("events-" + count + ".jsonl");
        GenerateEvents.write(file, count, 11, false);
        return file;
    }

    /** The file with the dates of lines {@code lines} made impossible. */
    private Path withBadLines(Path file, int... lines) throws IOException {
        List<String> text = new ArrayList<>(Files.readAllLines(file));
        for (int line : lines) {
            text.set(line - 1, text.get(line - 1).replaceFirst("\"date\":\"[^\"]*\"", "\"date\":\"2023-02-30\""));
        }
        Path out = dir.resolve("bad.jsonl");
        Files.write(out, text);
        return out;
    }
}
