package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.support.Cli;
import dev.timeline.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Types with no quad class (background periods, ACLED's strategic developments) are counted apart and say so. */
class NoQuadClassTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli().env("XDG_CACHE_HOME", "/nonexistent/timeline-test-cache");

    @Test
    void policyPeriodsAreNotCooperation() {
        List<Event> events = Fixtures.bundled().events();
        long periods = events.stream().filter(e -> e.type() == EventType.POLICY_PERIOD).count();
        assertThat(periods).isPositive();
        Cli.Result csv = cli.run("stats", "--by", "quad", "--format", "csv", "--type", "policy-period");
        assertThat(csv.out().lines().skip(1).toList()).containsExactly("verbal-cooperation,0",
                "material-cooperation,0", "verbal-conflict,0", "material-conflict,0", "no-quad-class," + periods);
        Cli.Result table = cli.run("stats", "--by", "quad");
        assertThat(table.out()).contains("no-quad-class").contains("types with no quad class");
    }

    @Test
    void theQuadTableCountsThemInTheirOwnColumnAndLeavesThemOutOfTheIntensity() {
        Cli.Result all = cli.run("stats", "--by", "month", "--quad", "--in", "2023-03", "--format", "csv");
        List<String> args = new java.util.ArrayList<>(List.of("stats", "--by", "month", "--quad", "--in", "2023-03",
                "--format", "csv"));
        for (EventType type : EventType.values()) {
            if (type != EventType.POLICY_PERIOD) {
                args.addAll(List.of("--type", type.id()));
            }
        }
        Cli.Result acts = cli.run(args.toArray(String[]::new));
        assertThat(all.exitCode()).as(all.toString()).isZero();
        assertThat(acts.exitCode()).as(acts.toString()).isZero();
        String[] withPeriod = all.out().lines().skip(1).findFirst().orElseThrow().split(",");
        String[] without = acts.out().lines().skip(1).findFirst().orElseThrow().split(",");
        // 2023-03-30/.. (renewed hostile rhetoric) is the one policy period that starts in March 2023
        assertThat(withPeriod[6]).isEqualTo("1");
        assertThat(without[6]).isEqualTo("0");
        assertThat(List.of(withPeriod).subList(2, 6)).isEqualTo(List.of(without).subList(2, 6));
        assertThat(withPeriod[7]).isEqualTo(without[7]);
        Cli.Result table = cli.run("stats", "--by", "month", "--quad", "--in", "2023-03");
        assertThat(table.out()).contains("NO-QUAD").contains("(NO-QUAD: types with no quad class");
    }

    @Test
    void theChartLegendLabelsThem() throws IOException {
        Path bundled = dir.resolve("bundled.svg");
        Cli.Result result = cli.run("chart", "-o", bundled.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Files.readString(bundled)).contains("background period (fades where open; grey: no quad class)");

        Path events = dir.resolve("events.jsonl");
        Files.writeString(events, """
                {"id":"a","date":"2020-05-02","type":"strategic-developments","title":"Base set up","actors":["Iran"]}
                {"id":"b","date":"2020-05-09","type":"protests","title":"Protest","actors":["Iran"]}
                """);
        Path acled = dir.resolve("acled.svg");
        result = cli.run("chart", "--data", events.toString(), "--no-cache", "-o", acled.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Files.readString(acled)).contains("No quad class: strategic developments")
                .contains("Verbal conflict: protests");
    }
}
