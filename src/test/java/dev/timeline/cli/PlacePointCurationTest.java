package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.model.Place;
import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code add --place NAME,CODE@LAT,LON} and {@code edit --place}: a point typed on the command line. */
class PlacePointCurationTest {

    private final Cli cli = new Cli();

    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void copyOut() {
        file = dir.resolve("my.json");
        Result export = cli.run("export", "--format", "dataset", "-o", file.toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
    }

    @Test
    void addTakesAPointAfterTheAtAndGeoJsonMapsIt() throws IOException {
        Result result = cli.run("add", "--data", file.toString(), "--date", "2023-04-14", "--title", "Talks in Baku",
                "--type", "phone-call", "--actor", "Bayramov", "--source", "Trend@2023-04-14",
                "--place", "Baku, AZE @ 40.4093, 49.8671");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(DatasetReader.read(file).event("2023-04-14-talks-in-baku").orElseThrow().place())
                .isEqualTo(new Place("Baku", "AZE", 40.4093, 49.8671));
        assertThat(Files.readString(file)).contains("\"name\": \"Baku\",\n        \"country\": \"AZE\",\n"
                + "        \"lat\": 40.4093,\n        \"lon\": 49.8671\n");
        Result map = cli.run("--data", file.toString(), "list", "--format", "geojson", "--in", "2023-04-14");
        assertThat(map.out()).contains("\"id\": \"2023-04-14-talks-in-baku\"").contains("49.8671,\n");
    }

    @Test
    void editReplacesThePlaceWithOneThatHasAPoint() throws IOException {
        String before = Files.readString(file);
        Result result = cli.run("edit", file.toString(), "mp-fazil-mustafa-shot", "--place", "Baku,AZE@40.4093,49.8671");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(DatasetReader.read(file).event("mp-fazil-mustafa-shot").orElseThrow().place())
                .isEqualTo(new Place("Baku", "AZE", 40.4093, 49.8671));
        assertThat(Files.readString(file)).as("only the place lines changed").isEqualTo(before.replace(
                "\"name\": \"Outside Fazil Mustafa's home\",\n        \"country\": \"AZE\"\n",
                "\"name\": \"Baku\",\n        \"country\": \"AZE\",\n        \"lat\": 40.4093,\n"
                        + "        \"lon\": 49.8671\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tehran,IRN@95,51      | Tehran,IRN@95,51' has no valid point after '@'; expected NAME[,CODE]@LAT,LON with LAT from -90 to 90
            Tehran@35.6           | Tehran@35.6' has no valid point after '@'
            Tehran@35.6,181       | Tehran@35.6,181' has no valid point after '@'
            """)
    void aBadPointIsAUsageErrorNamingTheOptionAndLeavesTheFile(String place, String message) throws IOException {
        String before = Files.readString(file);
        for (String[] args : new String[][] {
            {"add", "--data", file.toString(), "--date", "2023", "--title", "x", "--type", "war", "--place", place},
            {"edit", file.toString(), "mp-fazil-mustafa-shot", "--place", place}}) {
            Result result = cli.run(args);
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(result.err()).as(result.toString()).contains("'--place'").contains(message);
            assertThat(result.err().lines()).as(result.toString()).hasSize(1);
        }
        assertThat(Files.readString(file)).isEqualTo(before);
    }
}
