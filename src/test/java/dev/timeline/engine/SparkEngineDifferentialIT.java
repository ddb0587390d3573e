package dev.timeline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import dev.timeline.support.Corpora;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential test of {@link EngineDifferentialTest} with Spark in {@code local[2]} as the engine: the same 41
 * hand-written queries on the generated JSON Lines, the generated ACLED CSV and the bundled export (each as it is
 * and as the Parquet made from it), the ACLED fixtures' own queries, a real ACLED export, the event pivots and
 * seeded random combinations give the same output as the native engine, through the real command line. An IT because Spark needs
 * the JVM options failsafe runs with. Skipped, saying so, only when Spark cannot start here, and then failing under
 * {@code -Dtimeline.tools.required=true}.
 */
class SparkEngineDifferentialIT {

    private static final List<String> SPARK = List.of("spark");

    @TempDir
    static Path tmp;

    @BeforeAll
    static void files() throws IOException {
        try {
            SparkSessions.start("local[2]");
        } catch (RuntimeException | LinkageError e) {
            String reason = "Spark cannot start here: " + e;
            assertThat(Boolean.getBoolean("timeline.tools.required")).as(reason).isFalse();
            System.err.println("SKIPPED SparkEngineDifferentialIT: " + reason);
            Assumptions.abort(reason);
        }
        EngineDifferentialTest.dir = tmp;
        EngineDifferentialTest.files();
    }

    private static List<Path> inputs() {
        return List.of(EngineDifferentialTest.jsonl, EngineDifferentialTest.acled, EngineDifferentialTest.bundled);
    }

    @Test
    void handWrittenQueriesAgreeOnEveryInput() {
        int found = 0;
        for (Path input : inputs()) {
            for (List<String> query : EngineDifferentialTest.HAND) {
                found += EngineDifferentialTest.compare(input, query, SPARK) > 0 ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(EngineDifferentialTest.HAND.size() * 2);
    }

    @Test
    void acledFixturesAgree() {
        int found = 0;
        for (Path input : List.of(EngineDifferentialTest.acledEdges, EngineDifferentialTest.acledHxl)) {
            for (List<String> query : EngineDifferentialTest.ACLED_HAND) {
                // the CSV as it is: their Parquet is read as every other Parquet file, which the other tests cover
                found += EngineDifferentialTest.compare(input, query, SPARK, false) > 0 ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(EngineDifferentialTest.ACLED_HAND.size());
    }

    /** A real ACLED export (Excel's 9-May-20 dates, CRLF), read in place, as the CSV it is. */
    @Test
    void aRealAcledExportAgrees() {
        Path file = Corpora.require("acled-global-2020-05", "acled.first-records.csv");
        int found = 0;
        for (List<String> query : List.of(List.<String>of(), List.of("--actor", "Iran"),
                List.of("--with", "Azerbaijan"),
                List.of("--text", "protest", "--limit", "10"), List.of("--type", "battles", "--sort", "-date"))) {
            found += EngineDifferentialTest.compare(file, query, SPARK, false) > 0 ? 1 : 0;
        }
        assertThat(found).isEqualTo(5);
    }

    @Test
    void aroundAnEventPivotAgrees() throws IOException {
        String line = Files.readAllLines(EngineDifferentialTest.jsonl).get(0);
        String first = EngineDifferentialTest.ids(line).get(0);
        assertThat(EngineDifferentialTest.compare(EngineDifferentialTest.bundled,
                List.of("--around", "embassy-attack-tehran", "--window", "30d"), SPARK)).isPositive();
        assertThat(EngineDifferentialTest.compare(EngineDifferentialTest.jsonl,
                List.of("--around", first, "--window", "2y"), SPARK)).isPositive();
    }

    @Test
    void seededRandomCombinationsAgree() {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("SparkEngineDifferentialIT seed: " + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int i = 0; i < 15; i++) {
            List<String> query = new ArrayList<>(EngineDifferentialTest.HAND.get(random.nextInt(
                    EngineDifferentialTest.HAND.size())));
            List<String> more = EngineDifferentialTest.HAND.get(random.nextInt(EngineDifferentialTest.HAND.size()));
            if (!more.contains("--in") && !more.contains("--from") && !more.contains("--to")
                    && !more.contains("--around") && !more.contains("--before") && !more.contains("--after")) {
                query.addAll(more);
            }
            EngineDifferentialTest.compare(inputs().get(random.nextInt(3)), query, SPARK);
        }
    }
}
