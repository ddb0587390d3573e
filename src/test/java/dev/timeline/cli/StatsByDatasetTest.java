package dev.timeline.cli;

import static dev.timeline.support.Records.SAME_ID;
import static dev.timeline.support.Records.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.timeline.format.DatasetStatsReport;
import dev.timeline.format.FormatContext;
import dev.timeline.format.ReportFormat;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.query.Stats;
import dev.timeline.query.Stats.DatasetBucket;
import dev.timeline.query.Timeline;
import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code stats --by-dataset}: per bucket and dataset, the events and how many are corroborated, over records of
 * several datasets built directly (no run reads two until {@code --data} is repeatable), in each report format; and
 * the options through the real command line over the bundled dataset.
 */
class StatsByDatasetTest {

    /** March: mine's attack corroborated by acled's and gdelt's; gdelt's protest alone. April: acled alone. */
    private static final List<Event> EVENTS = List.of(
            record("acled", "a1", "2023-03-28", EventType.VIOLENCE_AGAINST_CIVILIANS, "azerbaijan"),
            record("mine", "m1", "2023-03-28", EventType.ASSASSINATION_ATTEMPT, "azerbaijan"),
            record("gdelt", "g1", "2023-03-29", EventType.CAMEO_ASSAULT, "azerbaijan"),
            record("gdelt", "g2", "2023-03-30", EventType.CAMEO_PROTEST, "azerbaijan"),
            record("acled", "a2", "2023-05-02", EventType.BATTLES, "azerbaijan"),
            record("mine", "m2", "2023", EventType.POLICY_PERIOD, "azerbaijan"));

    private static Stats.DatasetResult result(int tolerance) {
        Timeline timeline = Timeline.of(new Dataset("union", null, "Union", "", List.of(), EVENTS));
        StatsCommand stats = new StatsCommand();
        stats.by = Stats.By.MONTH;
        stats.tolerance = tolerance;
        return stats.byDatasetResult(timeline, timeline.events(), SAME_ID);
    }

    @Test
    void everyDatasetInEveryMonthWithItsCorroboratedEvents() {
        Stats.DatasetResult result = result(1);
        assertThat(result.datasets()).containsExactly("acled", "gdelt", "mine");
        assertThat(result.rows()).containsExactly(
                new DatasetBucket("2023-03", "acled", 1, 1),
                new DatasetBucket("2023-03", "gdelt", 2, 1),
                new DatasetBucket("2023-03", "mine", 1, 1),
                new DatasetBucket("2023-04", "acled", 0, 0),
                new DatasetBucket("2023-04", "gdelt", 0, 0),
                new DatasetBucket("2023-04", "mine", 0, 0),
                new DatasetBucket("2023-05", "acled", 1, 0),
                new DatasetBucket("2023-05", "gdelt", 0, 0),
                new DatasetBucket("2023-05", "mine", 0, 0));
        assertThat(result.leftOut()).isEqualTo(1);
        assertThat(result.counted()).isEqualTo(5);
    }

    @Test
    void theToleranceDecidesWhatCorroborates() {
        // gdelt's assault is a day after the others: with tolerance 0 only acled and mine corroborate each other
        assertThat(result(0).rows()).contains(new DatasetBucket("2023-03", "gdelt", 2, 0),
                new DatasetBucket("2023-03", "acled", 1, 1));
    }

    @Test
    void oneDatasetCountsUnderItsOwnId() {
        List<Event> one = List.of(record(null, "x", "2023-03-28", EventType.BATTLES, "iran"));
        Timeline timeline = Timeline.of(new Dataset("mine", null, "Mine", "", List.of(), one));
        StatsCommand stats = new StatsCommand();
        stats.by = Stats.By.YEAR;
        assertThat(stats.byDatasetResult(timeline, one, SAME_ID).rows())
                .containsExactly(new DatasetBucket("2023", "mine", 1, 0));
    }

    private static String write(ReportFormat format) throws Exception {
        StringWriter out = new StringWriter();
        FormatContext context = FormatContext.of(new Dataset("union", null, "Union", "", List.of(), List.of()));
        new DatasetStatsReport(result(1), Stats.By.MONTH).write(format, context, out);
        return out.toString();
    }

    @Test
    void csvHasOneRowPerMonthAndDataset() throws Exception {
        List<String> lines = write(ReportFormat.CSV).lines().toList();
        assertThat(lines).hasSize(10);
        assertThat(lines.get(0)).isEqualTo("bucket,dataset,count,corroborated");
        assertThat(lines.get(2)).isEqualTo("2023-03,gdelt,2,1");
    }

    @Test
    void jsonHasOneObjectPerMonthAndDataset() throws Exception {
        JsonNode array = new ObjectMapper().readTree(write(ReportFormat.JSON));
        assertThat(array).hasSize(9);
        assertThat(array.get(1).get("bucket").asText()).isEqualTo("2023-03");
        assertThat(array.get(1).get("dataset").asText()).isEqualTo("gdelt");
        assertThat(array.get(1).get("count").asInt()).isEqualTo(2);
        assertThat(array.get(1).get("corroborated").asInt()).isEqualTo(1);
    }

    @Test
    void theTableNamesEachMonthOnceAndShowsTheShare() throws Exception {
        List<String> lines = write(ReportFormat.TABLE).lines().toList();
        assertThat(lines.get(0)).contains("MONTH", "DATASET", "COUNT", "CORROBORATED", "SHARE");
        assertThat(lines.get(1)).containsPattern("^2023-03 +acled +1 +1 +100%");
        assertThat(lines.get(2)).containsPattern("^ +gdelt +2 +1 +50% +█+░+$");
        assertThat(lines.get(7)).containsPattern("^2023-05 +acled +1 +0 +0%");
        assertThat(lines).anyMatch(l -> l.contains("1 event left out"));
    }

    @Test
    void bundledDatasetThroughTheCommandLine() {
        Result result = new Cli().run("stats", "--by", "year", "--by-dataset", "--format", "csv");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("bucket,dataset,count,corroborated");
        assertThat(result.out().lines().skip(1)).allMatch(l -> l.endsWith(",0"));
        assertThat(result.err()).contains("the events come from one dataset");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "stats --by-dataset --quad|--by-dataset does not combine with --quad",
        "stats --tolerance 2d|--tolerance applies with --by-dataset",
        "stats --by-dataset --tolerance 5m|'5m' is not a tolerance"})
    void usageErrors(String args, String message) {
        Result result = new Cli().run(args.split(" "));
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains(message);
    }
}
