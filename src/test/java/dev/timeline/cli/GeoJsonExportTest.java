package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format geojson} through the command line: stdout, -o, the left-out count, big inputs with points. */
class GeoJsonExportTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final Cli cli = new Cli();

    @TempDir
    Path dir;

    @Test
    void listWritesTheCollectionAndCountsTheEventsWithoutAPointOnStderr() throws IOException {
        Result result = cli.run("list", "--format", "geojson");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(ids(MAPPER.readTree(result.out()))).containsExactly("embassy-attack-tehran",
                "azerbaijan-closes-tehran-embassy", "tel-aviv-embassy-opens");
        assertThat(result.err()).isEqualTo("timeline: 23 of 26 events have no coordinates; left out of the GeoJSON\n");
    }

    @Test
    void exportWritesAFileAndTheFiltersApply() throws IOException {
        Path file = dir.resolve("tehran.geojson");
        Result result = cli.run("export", "--format", "geojson", "--place", "Tehran", "-o", file.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).as("every selected event has a point").isEmpty();
        JsonNode root = MAPPER.readTree(Files.readString(file));
        assertThat(ids(root)).containsExactly("embassy-attack-tehran", "azerbaijan-closes-tehran-embassy");
        assertThat(root.get("features").get(0).get("geometry").get("coordinates").toString())
                .isEqualTo("[51.389,35.6892]");
    }

    @Test
    void anEmptySelectionIsAnEmptyCollection() throws IOException {
        Result result = cli.run("list", "--format", "geojson", "--in", "1990");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode root = MAPPER.readTree(result.out());
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.get("features")).isEmpty();
        assertThat(result.err()).doesNotContain("coordinates");
    }

    /** The points survive JSON Lines: an indexed big input exported as GeoJSON gives the same features. */
    @Test
    void jsonLinesWithPointsExportTheSameFeatures() throws IOException {
        Path lines = dir.resolve("events.jsonl");
        assertThat(cli.run("export", "--format", "jsonl", "-o", lines.toString()).exitCode()).isZero();
        Result direct = cli.run("export", "--format", "geojson");
        Result viaLines = cli.run("--data", lines.toString(), "export", "--format", "geojson");
        assertThat(viaLines.exitCode()).as(viaLines.toString()).isZero();
        JsonNode a = MAPPER.readTree(direct.out()).get("features");
        JsonNode b = MAPPER.readTree(viaLines.out()).get("features");
        assertThat(b).hasSize(3);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).get("id")).isEqualTo(a.get(i).get("id"));
            assertThat(b.get(i).get("geometry")).isEqualTo(a.get(i).get("geometry"));
            assertThat(b.get(i).get("properties").get("place")).isEqualTo(a.get(i).get("properties").get("place"));
        }
        assertThat(viaLines.err()).contains("23 of 26 events have no coordinates");
    }

    static List<String> ids(JsonNode root) {
        List<String> ids = new ArrayList<>();
        root.get("features").forEach(f -> ids.add(f.get("id").asText()));
        return ids;
    }
}
