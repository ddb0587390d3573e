package dev.timeline.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.timeline.support.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generator's default output never changes (the benchmarks compare against it); a window holds every event. */
class GenerateEventsTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** The checksums of the output before windows existed, taken from that version. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "acled, e26b90a47a205e5ec168d2b1f226410a1bf47d12ead56c763b868b286194e61f",
        "jsonl, e7ba5f0fa89dec29ca91fd56ff2bd12f98bcecc297e71d7b57c6ee8a1d46c459"})
    void withoutAWindowTheOutputIsWhatItAlwaysWas(String format, String sha256) throws Exception {
        Path file = dir.resolve("events." + format);
        GenerateEvents.write(file, 1000, 7, format.equals("acled"));
        assertThat(sha256(file)).isEqualTo(sha256);
    }

    /** Seeded random windows, a single day among them: every event's whole span is inside. */
    @Test
    void everyEventFallsInTheWindow() throws IOException {
        long seed = System.nanoTime();
        System.out.println("GenerateEventsTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 12; round++) {
            LocalDate from = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(15000));
            LocalDate to = from.plusDays(round == 0 ? 0 : random.nextInt(120));
            Path file = dir.resolve("window.jsonl");
            GenerateEvents.write(file, 500, random.nextLong(), false, from, to);
            List<String> lines = Files.readAllLines(file);
            assertThat(lines).hasSize(500);
            for (String line : lines) {
                JsonNode event = MAPPER.readTree(line);
                String what = "seed " + seed + ", window " + from + ".." + to + ": " + event.get("id");
                assertThat(LocalDate.parse(event.get("start").asText())).as(what).isAfterOrEqualTo(from);
                assertThat(LocalDate.parse(event.get("end").asText())).as(what).isBeforeOrEqualTo(to);
            }
        }
    }

    /**
     * The March–April 2023 ACLED slice of the issue reads as ACLED, lies in the window, and overlaps the bundled
     * dataset: a quarter of its events are between Iran, Azerbaijan and Armenia's forces and offices.
     */
    @Test
    void aSliceForTheBundledDatasetsWeeks() throws IOException {
        Path file = dir.resolve("slice.csv");
        GenerateEvents.write(file, 2000, 7, true, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 30));
        Cli cli = new Cli().env("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Cli.Result all = cli.run("export", "--data", file.toString(), "--format", "jsonl");
        assertThat(all.exitCode()).as(all.toString()).isZero();
        assertThat(all.out().lines()).hasSize(2000);
        Cli.Result inside = cli.run("export", "--data", file.toString(), "--format", "jsonl", "--from", "2023-03-01",
                "--to", "2023-04-30", "--match", "within");
        assertThat(inside.out().lines()).as(inside.err()).hasSize(2000);
        Cli.Result caucasus = cli.run("export", "--data", file.toString(), "--format", "jsonl", "--actor",
                "Military Forces of Azerbaijan (2003-)");
        assertThat(caucasus.out().lines().count()).as(caucasus.err()).isGreaterThan(50);
        long between = all.out().lines().filter(l -> l.contains("Forces of Iran") || l.contains("Government of Iran"))
                .filter(l -> l.contains("Azerbaijan (2003-)") || l.contains("Armenia (2018-)")).count();
        assertThat(between).isGreaterThan(100);
        // each place is in its own country, with its own point
        assertThat(Files.readAllLines(file)).filteredOn(l -> l.contains(",Baku,")).isNotEmpty()
                .allMatch(l -> l.contains(",31,Caucasus and Central Asia,Azerbaijan,") && l.contains(",40.4093,49.8671,"));
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
