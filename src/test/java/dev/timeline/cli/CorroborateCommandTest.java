package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import dev.timeline.tools.GenerateEvents;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --corroborate} and {@code --tolerance} through the real command line: one dataset (whose records never
 * corroborate each other) for the options and messages, and the bundled dataset beside a generated ACLED slice for
 * list, export, show and stats agreeing on what corroborates what. The rule itself is checked in CorroborationTest.
 */
class CorroborateCommandTest {

    private final Cli cli = new Cli();

    @Test
    void oneDatasetListsEveryEventAndSaysWhyNoneIsCorroborated() {
        Result plain = cli.run("list", "--in", "2023-03");
        Result result = cli.run("list", "--in", "2023-03", "--corroborate");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("CORROBORATED BY", "SOURCES", "Azerbaijani MP", "Eurasi");
        assertThat(result.out().lines().count()).isEqualTo(plain.out().lines().count());
        assertThat(result.err()).contains("timeline: --corroborate: the events come from one dataset");
    }

    @Test
    void exportAsJsonGivesEveryEventAnEmptyCorroboratedBy() throws Exception {
        Result result = cli.run("export", "--in", "2023-03", "--corroborate", "--format", "json");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode array = new ObjectMapper().readTree(result.out());
        assertThat(array).isNotEmpty();
        array.forEach(e -> assertThat(e.get("corroboratedBy")).isEmpty());
    }

    @Test
    void nothingSelectedSaysNothingAboutDatasets() {
        Result result = cli.run("list", "--in", "1900", "--corroborate");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).doesNotContain("one dataset");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "list --corroborate --format csv|--corroborate shows groups in table, json, jsonl, not in --format csv",
        "export --corroborate|--corroborate shows groups in table, json, jsonl, not in --format csv",
        "list --tolerance 2d|--tolerance applies with --corroborate",
        "list --corroborate --tolerance 1m|'1m' is not a tolerance; expected days from 0d to 31d (or 1w, P2D)",
        "list --corroborate --tolerance 32d|'32d' is not a tolerance",
        "list --corroborate --tolerance soon|'soon' is not a tolerance"})
    void usageErrorsNameTheOptionAndTheExpectedForm(String args, String message) {
        Result result = cli.run(args.split(" "));
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains(message);
        assertThat(result.err().lines().filter(l -> !l.isBlank() && !l.startsWith("Usage")
                && !l.startsWith("Try")).count()).as(result.toString()).isLessThanOrEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"0d", "2d", "1w", "P3D", "31d"})
    void toleranceTakesDaysAndWeeks(String tolerance) {
        Result result = cli.run("list", "--in", "2023-03", "--corroborate", "--tolerance", tolerance);
        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    @TempDir
    Path dir;

    /** list's group, export's corroboratedBy, show's section and stats' count tell the same story over two files. */
    @Test
    void twoDatasetsAgreeOnWhatCorroboratesTheMpShootingInEveryCommand() throws IOException {
        Path slice = dir.resolve("slice.csv");
        GenerateEvents.write(slice, 150, 2, true, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 30));
        String[] data = {"--data", "data/caucasus.json", "--data", slice.toString()};
        Result json = cli.run(with(data, "export", "--format", "json", "--corroborate", "--around",
                "mp-fazil-mustafa-shot", "--window", "3d"));
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode mp = null;
        for (JsonNode e : new ObjectMapper().readTree(json.out())) {
            if (e.get("id").asText().equals("mp-fazil-mustafa-shot")) {
                mp = e;
            }
        }
        assertThat(mp).as("the pivot stands for its group").isNotNull();
        List<String> by = new ArrayList<>();
        mp.get("corroboratedBy").forEach(r -> by.add(r.get("dataset").asText() + "/" + r.get("id").asText()));
        assertThat(by).isNotEmpty().allMatch(r -> r.startsWith("slice/"));
        // the grouped records are not listed again
        for (String record : by) {
            assertThat(json.out()).doesNotContain("\"id\":\"" + record.substring("slice/".length()) + "\",\"date\"");
        }
        Result show = cli.run(with(data, "show", "mp-fazil-mustafa-shot"));
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).contains("Corroborated by");
        by.forEach(r -> assertThat(show.out()).contains(r));
        Result stats = cli.run(with(data, "stats", "--by", "month", "--by-dataset", "--in", "2023-03", "--format",
                "csv"));
        assertThat(stats.exitCode()).as(stats.toString()).isZero();
        assertThat(stats.out()).containsPattern("2023-03,slice,\\d+,[1-9]");
    }

    private static String[] with(String[] data, String... args) {
        List<String> all = new ArrayList<>(List.of(data));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }
}
