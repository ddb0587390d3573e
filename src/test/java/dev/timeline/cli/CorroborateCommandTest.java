package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --corroborate} and {@code --tolerance} through the real command line. Until {@code --data} is repeatable a
 * run reads one dataset, whose records never corroborate each other: these check the options, the messages and that
 * one dataset's listing is complete; the groups themselves are checked over records of several datasets in
 * CorroborationFormatsTest, ShowCorroborationTest and StatsByDatasetTest.
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
}
