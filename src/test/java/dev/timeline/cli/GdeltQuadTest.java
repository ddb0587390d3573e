package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import dev.timeline.support.Corpora;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * GDELT's own QuadClass and GoldsteinScale columns are the event's quad class and intensity: {@code stats --quad}
 * on the real GDELT export equals sums over those columns, computed here straight from the file.
 */
class GdeltQuadTest {

    private static final int SQLDATE = 1;
    private static final int QUAD_CLASS = 29;
    private static final int GOLDSTEIN = 30;

    private final Cli cli = new Cli().env("XDG_CACHE_HOME", "/nonexistent/timeline-test-cache");
    private final Path file = Corpora.require("gdelt", "20191024143000.export.CSV");

    /** Per month: counts of QuadClass 1..4 and the exact sum of GoldsteinScale, from the file's own columns. */
    private Map<String, String> expectedRows() throws IOException {
        Map<String, int[]> quads = new TreeMap<>();
        Map<String, BigDecimal> goldstein = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", -1);
            String month = cells[SQLDATE].substring(0, 4) + "-" + cells[SQLDATE].substring(4, 6);
            quads.computeIfAbsent(month, m -> new int[5])[Integer.parseInt(cells[QUAD_CLASS])]++;
            goldstein.merge(month, new BigDecimal(cells[GOLDSTEIN]), BigDecimal::add);
        }
        Map<String, String> rows = new TreeMap<>();
        quads.forEach((month, q) -> rows.put(month, month + "," + (q[1] + q[2] + q[3] + q[4]) + "," + q[1] + ","
                + q[2] + "," + q[3] + "," + q[4] + ",0," + goldstein.get(month).stripTrailingZeros().toPlainString()
                        .replaceFirst("^(-?\\d+)$", "$1.0")));
        return rows;
    }

    @Test
    void statsQuadIsTheSumOfTheFilesOwnColumns() throws IOException {
        Cli.Result result = cli.run("stats", "--data", file.toString(), "--no-cache", "--by", "month", "--quad",
                "--format", "csv");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        Map<String, String> expected = expectedRows();
        assertThat(expected).hasSize(3);
        // a negative sum is a plain number, not a formula: the CSV guard leaves it as it is
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("bucket,count,verbalCooperation,materialCooperation,verbalConflict,"
                + "materialConflict,noQuadClass,intensity");
        for (Map.Entry<String, String> month : expected.entrySet()) {
            assertThat(lines).as("stats row of %s", month.getKey()).contains(month.getValue());
        }
        // The figures the issue quotes from the file itself, as a cross-check of the computation above.
        assertThat(expected.get("2019-10")).startsWith("2019-10,2067,1198,277,264,328,0,983.8");
    }

    @Test
    void byQuadCountsTheRowsQuadClass() throws IOException {
        Cli.Result result = cli.run("stats", "--data", file.toString(), "--no-cache", "--by", "quad", "--format",
                "csv");
        int[] quads = new int[5];
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            quads[Integer.parseInt(line.split("\t", -1)[QUAD_CLASS])]++;
        }
        assertThat(result.out().lines().skip(1).toList()).containsExactly("verbal-cooperation," + quads[1],
                "material-cooperation," + quads[2], "verbal-conflict," + quads[3], "material-conflict," + quads[4],
                "no-quad-class,0");
    }

    @Test
    void showPrintsTheRowsOwnGoldsteinOnce() throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Pattern goldstein = Pattern.compile("Goldstein\\s+(-?[0-9.]+)");
        for (int i = 0; i < lines.size(); i += 97) {
            String[] cells = lines.get(i).split("\t", -1);
            Cli.Result show = cli.run("show", "--data", file.toString(), "--no-cache", cells[0]);
            assertThat(show.exitCode()).as(show.toString()).isZero();
            Matcher m = goldstein.matcher(show.out());
            assertThat(m.find()).as(show.toString()).isTrue();
            assertThat(Double.parseDouble(m.group(1))).as("event %s", cells[0])
                    .isEqualTo(Double.parseDouble(cells[GOLDSTEIN]));
            assertThat(show.out()).as("one Goldstein value in %s", show.out()).doesNotContain("goldstein:");
            assertThat(m.find()).as("a second Goldstein value in %s", show.out()).isFalse();
            String quad = switch (cells[QUAD_CLASS]) {
                case "1" -> "verbal cooperation";
                case "2" -> "material cooperation";
                case "3" -> "verbal conflict";
                default -> "material conflict";
            };
            assertThat(show.out().replaceAll("\\s+", " ")).contains(quad + ", Goldstein");
        }
    }
}
