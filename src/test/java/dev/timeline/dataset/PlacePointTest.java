package dev.timeline.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.io.Problem;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Place;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A curated place's optional point ({@code lat}, {@code lon}): read, checked, written back byte for byte. */
class PlacePointTest {

    /** A dataset with one event whose place is {@code place} (JSON text), on line 3. */
    static String dataset(String place) {
        return "{\"id\": \"d\", \"title\": \"D\", \"actors\": [],\n"
                + "\"events\": [{\"id\": \"e\", \"date\": \"2023-01-27\", \"title\": \"T\", \"type\": \"armed-attack\", \"actors\": [],\n"
                + "\"place\": " + place + "}]}\n";
    }

    static Stream<Arguments> goodPlaces() {
        return Stream.of(
                Arguments.of("{\"name\": \"Tehran\", \"country\": \"IRN\", \"lat\": 35.6892, \"lon\": 51.389}",
                        new Place("Tehran", "IRN", 35.6892, 51.389)),
                Arguments.of("{\"name\": \"Tehran\"}", new Place("Tehran", null)),
                Arguments.of("{\"name\": \"Tehran\", \"lat\": null, \"lon\": null}", new Place("Tehran", null)),
                Arguments.of("{\"lat\": 90, \"lon\": -180}", new Place(null, null, 90.0, -180.0)),
                Arguments.of("{\"lat\": -90, \"lon\": 180}", new Place(null, null, -90.0, 180.0)),
                Arguments.of("{\"lat\": 0, \"lon\": 0, \"country\": \"ATA\"}", new Place(null, "ATA", 0.0, 0.0)),
                Arguments.of("{\"lat\": 4.5e1, \"lon\": 1E1}", new Place(null, null, 45.0, 10.0)));
    }

    @ParameterizedTest
    @MethodSource("goodPlaces")
    void readsAPointWhenBothCoordinatesAreThere(String json, Place expected) {
        DatasetReader.Report report = DatasetReader.validate(new StringReader(dataset(json)), "p.json");
        assertThat(report.valid()).as(report.problems().toString()).isTrue();
        Dataset read = DatasetReader.read(new StringReader(dataset(json)), "p.json");
        assertThat(read.events().get(0).place()).isEqualTo(expected);
    }

    /** Each bad point is one problem at its line and column, naming the JSON path, the value and the form. */
    static Stream<Arguments> badPlaces() {
        return Stream.of(
                Arguments.of("{\"name\": \"X\", \"lat\": 95, \"lon\": 51}", 31,
                        "'place.lat' of event 'e' is a number (95); expected a latitude in degrees from -90 to 90 (WGS 84)"),
                Arguments.of("{\"name\": \"X\", \"lat\": 35, \"lon\": -180.5}", 42,
                        "'place.lon' of event 'e' is a number (-180.5); expected a longitude in degrees from -180 to 180"),
                Arguments.of("{\"name\": \"X\", \"lat\": \"35.6\", \"lon\": 51}", 31,
                        "'place.lat' of event 'e' is a string (35.6); expected a latitude in degrees"),
                Arguments.of("{\"name\": \"X\", \"lat\": [35], \"lon\": 51}", 31,
                        "'place.lat' of event 'e' is an array; expected a latitude"),
                Arguments.of("{\"name\": \"X\", \"lat\": 35.6}", 10,
                        "the place of event 'e' has 'lat' but no 'lon'; expected both (WGS 84 degrees"),
                Arguments.of("{\"name\": \"X\", \"lon\": 51, \"lat\": null}", 10,
                        "the place of event 'e' has 'lon' but no 'lat'"),
                Arguments.of("{\"name\": \"X\", \"latitude\": 35.6}", 24,
                        "unknown field 'latitude' in place (did you mean 'lat'?); expected: name, country, lat, lon"));
    }

    @ParameterizedTest
    @MethodSource("badPlaces")
    void refusesABadPointInOneLine(String json, int column, String message) {
        DatasetReader.Report report = DatasetReader.validate(new StringReader(dataset(json)), "p.json");
        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).as(p.toString()).isEqualTo(column);
            assertThat(p.message()).contains(message).doesNotContain("\n");
        });
    }

    @Test
    void aBadPointIsReportedOnceEvenWithoutNameOrCountry() {
        DatasetReader.Report report = DatasetReader.validate(new StringReader(dataset("{\"lat\": 91, \"lon\": 0}")),
                "p.json");
        assertThat(report.problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("'place.lat' of event 'e' is a number (91)");
    }

    /** The bundled file, with its points, writes back to the same bytes: coordinates cause no diff churn. */
    @Test
    void theBundledFileWithPointsWritesBackByteForByte() throws IOException {
        String text = Files.readString(Path.of(System.getProperty("timeline.project.dir", "."), "data/caucasus.json"));
        Dataset read = DatasetReader.read(new StringReader(text), "caucasus.json");
        assertThat(read.events().stream().filter(e -> e.place() != null && e.place().hasPoint()).map(Event::id))
                .containsExactly("embassy-attack-tehran", "azerbaijan-closes-tehran-embassy", "tel-aviv-embassy-opens");
        StringWriter out = new StringWriter();
        DatasetWriter.write(read, out);
        assertThat(out.toString()).isEqualTo(text);
    }

    /** A point is written only where there is one, after name and country, in plain decimals. */
    @Test
    void writesAPointOnlyWherePresent() throws IOException {
        for (Place place : List.of(new Place("Tehran", "IRN"), new Place("Pole", null, -90.0, 0.0001),
                new Place(null, "FJI", -17.7134, 178.065))) {
            Dataset read = DatasetReader.read(new StringReader(dataset("{\"name\": \"x\"}")), "p.json");
            Event e = read.events().get(0);
            Event placed = new Event(e.id(), e.date(), e.title(), e.summary(), e.type(), e.actors(), place,
                    e.fatalities(), e.sources(), e.tags(), e.note());
            StringWriter out = new StringWriter();
            DatasetWriter.write(EventChanges.replace(read, e.id(), placed), out);
            String written = out.toString();
            assertThat(written.contains("\"lat\"")).isEqualTo(place.hasPoint());
            assertThat(written).doesNotContain("E-");
            assertThat(DatasetReader.read(new StringReader(written), "again.json").events().get(0).place())
                    .isEqualTo(place);
        }
    }
}
