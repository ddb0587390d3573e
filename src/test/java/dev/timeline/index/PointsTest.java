package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One rule for the point of every big format's row: blank, NA and 0,0 are none; anything else must be degrees. */
class PointsTest {

    static Stream<Arguments> points() {
        return Stream.of(
                Arguments.of("35.763369", "36.558974", new double[] {35.763369, 36.558974}),
                Arguments.of("-9.65", "20.4", new double[] {-9.65, 20.4}),
                Arguments.of("90", "-180", new double[] {90, -180}),
                Arguments.of("0", "12.5", new double[] {0, 12.5}), // on the equator: a real point
                Arguments.of("0", "0", null), // Null Island: the geocoders' placeholder
                Arguments.of("0.0", "-0.0", null),
                Arguments.of(null, null, null),
                Arguments.of("NA", "NA", null));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("points")
    void readsAPointOrNone(String lat, String lon, double[] expected) throws BadRow {
        assertThat(Points.of(lat, lon, "lat", "lon")).isEqualTo(expected);
    }

    static Stream<Arguments> bad() {
        return Stream.of(
                Arguments.of("95", "10", "'lat' is '95'; expected a number of degrees in [-90, 90]"),
                Arguments.of("10", "-180.5", "'lon' is '-180.5'; expected a number of degrees in [-180, 180]"),
                Arguments.of("35d", "10", "'lat' is '35d'; expected a number of degrees in [-90, 90]"),
                Arguments.of("NaN", "10", "'lat' is 'NaN'; expected a number of degrees in [-90, 90]"),
                Arguments.of("1,5", "10", "'lat' is '1,5'; expected a number of degrees in [-90, 90]"),
                Arguments.of(null, "10", "'lat' is empty but 'lon' is not; expected both coordinates or neither"),
                Arguments.of("10", "NA", "'lon' is empty but 'lat' is not; expected both coordinates or neither"));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("bad")
    void refusesWhatIsNoPoint(String lat, String lon, String message) {
        assertThatThrownBy(() -> Points.of(lat, lon, "lat", "lon")).isInstanceOf(BadRow.class).hasMessage(message);
    }

    @Test
    void aPlaceWithoutNameOrCountryMayStillBeAPoint() {
        assertThat(Points.place(null, null, null)).isNull();
        assertThat(Points.place(null, null, new double[] {1, 2}).hasPoint()).isTrue();
        assertThat(Points.place("Baku", "AZE", null).hasPoint()).isFalse();
    }
}
