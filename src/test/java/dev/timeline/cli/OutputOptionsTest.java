package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.format.OutputFormat;
import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** --format, -o, --color and --escape-formulas on list and export. */
class OutputOptionsTest {

    private final Cli cli = new Cli();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void everyFormatGoesToAFileOrStdoutAlikeOnListAndExport(OutputFormat format) throws IOException {
        for (String command : new String[] {"list", "export"}) {
            if (format == OutputFormat.PARQUET) {
                // binary, written by DuckDB by path: to a file only; standard output is refused with one line
                Path file = dir.resolve(command + ".parquet");
                Result toFile = cli.run(command, "--format", "parquet", "--in", "2023", "-o", file.toString());
                assertThat(toFile.exitCode()).as(toFile.toString()).isZero();
                assertThat(Files.readAllBytes(file)).startsWith('P', 'A', 'R', '1');
                Result stdout = cli.run(command, "--format", "parquet", "--in", "2023");
                assertThat(stdout.exitCode()).as(stdout.toString()).isEqualTo(2);
                assertThat(stdout.err().lines()).hasSize(1);
                continue;
            }
            if (format == OutputFormat.XLSX) {
                // binary: to a file here (XlsxFormatterTest reads it back), to a pipe in OutputProcessIT
                Path file = dir.resolve(command + ".xlsx");
                Result toFile = cli.run(command, "--format", "xlsx", "--in", "2023", "-o", file.toString());
                assertThat(toFile.exitCode()).as(toFile.toString()).isZero();
                assertThat(Files.readAllBytes(file)).startsWith('P', 'K');
                continue;
            }
            Result stdout = cli.run(command, "--format", format.id(), "--in", "2023");
            assertThat(stdout.exitCode()).as(stdout.toString()).isZero();
            assertThat(stdout.out()).isNotEmpty();
            Path file = dir.resolve(command + "." + format.id());
            Result toFile = cli.run(command, "--format", format.id(), "--in", "2023", "-o", file.toString());
            assertThat(toFile.exitCode()).as(toFile.toString()).isZero();
            assertThat(toFile.out()).isEmpty();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(stdout.out());
        }
    }

    @Test
    void unknownFormatListsTheFormats() {
        Result result = cli.run("export", "--format", "xml");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown format 'xml'").contains(
                "expected one of: table, csv, tsv, xlsx, json, jsonl, markdown, ics, timelinejs");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void formatNamesIgnoreCase() {
        assertThat(cli.run("list", "--format", "JSONL").exitCode()).isZero();
    }

    @Test
    void writeFailuresNameThePathAndTheReason() {
        Result full = cli.run("export", "-o", "/dev/full");
        assertThat(full.exitCode()).as(full.toString()).isEqualTo(1);
        assertThat(full.err()).startsWith("timeline: cannot write /dev/full: no space left on device");
        Result noFolder = cli.run("export", "-o", "/proc/no-such-folder/x.csv");
        assertThat(noFolder.exitCode()).isEqualTo(1);
        assertThat(noFolder.err()).startsWith("timeline: cannot write /proc/no-such-folder/x.csv: ");
    }

    @Test
    void colourOnlyWhenAskedOrOnATerminal() {
        assertThat(cli.run("list", "--color=always").out()).contains("\u001b[1mDATE");
        assertThat(cli.run("list", "--color=never").out()).doesNotContain("\u001b[");
        assertThat(cli.run("list").out()).as("not a terminal here").doesNotContain("\u001b[");
        assertThat(new Cli().env("NO_COLOR", "1").run("list").out()).doesNotContain("\u001b[");
        assertThat(cli.run("list", "--color=sometimes").exitCode()).isEqualTo(2);
    }

    @Test
    void escapeFormulasCanBeTurnedOff() throws IOException {
        Path data = dir.resolve("f.json");
        Files.writeString(data, """
                {"id": "f", "title": "formulas", "actors": [], "events": [
                  {"id": "e", "date": "2023", "title": "=1+2", "type": "statement", "actors": []}]}
                """);
        assertThat(cli.run("export", "--data", data.toString()).out()).contains(",'=1+2,");
        assertThat(cli.run("export", "--data", data.toString(), "--no-escape-formulas").out()).contains(",=1+2,");
    }

    @Test
    void markdownNamesTheQuery() {
        Result result = cli.run("list", "--format", "markdown", "--actor", "Iran", "--text", "embassy attack");
        assertThat(result.out()).contains("Query: `timeline list --actor Iran --text 'embassy attack'`");
    }
}
