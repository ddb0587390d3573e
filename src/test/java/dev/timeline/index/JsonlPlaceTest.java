package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.model.Place;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A JSON Lines event's place, with the point {@code export --format jsonl} writes. */
class JsonlPlaceTest {

    static Place place(String json) throws BadRow {
        byte[] line = ("{\"id\":\"e\",\"date\":\"2023-01-27\",\"type\":\"armed-attack\",\"place\":" + json + "}")
                .getBytes(StandardCharsets.UTF_8);
        return JsonlEventParser.parse(line, 0, line.length).place();
    }

    static Stream<Arguments> places() {
        return Stream.of(
                Arguments.of("{\"name\":\"Tehran\",\"country\":\"IRN\",\"lat\":35.6892,\"lon\":51.389}",
                        new Place("Tehran", "IRN", 35.6892, 51.389)),
                Arguments.of("{\"name\":\"Tehran\",\"country\":\"IRN\"}", new Place("Tehran", "IRN")),
                Arguments.of("{\"name\":\"Tehran\",\"lat\":null,\"lon\":null}", new Place("Tehran", null)),
                Arguments.of("{\"lon\":-180,\"lat\":90}", new Place(null, null, 90.0, -180.0)),
                Arguments.of("{\"lat\":-90,\"lon\":180,\"elevation\":3}", new Place(null, null, -90.0, 180.0)),
                Arguments.of("null", null));
    }

    @ParameterizedTest
    @MethodSource("places")
    void readsThePoint(String json, Place expected) throws BadRow {
        assertThat(place(json)).isEqualTo(expected);
    }

    static Stream<Arguments> badPoints() {
        return Stream.of(
                Arguments.of("{\"name\":\"X\",\"lat\":90.5,\"lon\":0}", 79,
                        "'place.lat' is 90.5; expected a latitude in degrees from -90 to 90 (WGS 84)"),
                Arguments.of("{\"name\":\"X\",\"lat\":0,\"lon\":\"51\"}", 87,
                        "'place.lon' is \"51\"; expected a longitude in degrees from -180 to 180 (WGS 84)"),
                Arguments.of("{\"name\":\"X\",\"lat\":35}", 61,
                        "'place' has 'lat' but no 'lon'; expected both (WGS 84 degrees) or neither"));
    }

    @ParameterizedTest
    @MethodSource("badPoints")
    void aBadPointIsABadRowAtItsColumn(String json, int column, String message) {
        assertThatThrownBy(() -> place(json)).isInstanceOf(BadRow.class).hasMessage(message)
                .satisfies(e -> assertThat(((BadRow) e).column()).isEqualTo(column));
    }

    @Test
    void anObjectValueForACoordinateIsRefusedNotSkipped() {
        assertThatThrownBy(() -> place("{\"lat\":{\"deg\":35},\"lon\":51}")).isInstanceOf(BadRow.class)
                .hasMessageStartingWith("'place.lat' is an object; expected a latitude");
    }
}
