package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.cli.ExitCode;
import dev.timeline.support.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    static String gdelt(String id, String lat, String lon) {
        String[] cells = new String[61];
        Arrays.fill(cells, "");
        cells[0] = id;
        cells[1] = "20191024";
        cells[6] = "IRAN";
        cells[26] = "190";
        cells[52] = "Tehran, Tehran, Iran";
        cells[56] = lat;
        cells[57] = lon;
        return String.join("\t", cells) + "\n";
    }

    static Stream<Arguments> files() {
        String acled = "event_id_cnty,event_date,event_type,actor1,location,latitude,longitude\n";
        String icews = "Event ID\tEvent Date\tSource Name\tCAMEO Code\tTarget Name\tLatitude\tLongitude\n";
        return Stream.of(
                Arguments.of("acled.csv", acled + "X1,2020-01-01,Protests,A,Baku,40.4,49.9\n"
                        + "X2,2020-01-02,Protests,A,Baku,40.4,east\nX3,2020-01-03,Protests,A,Baku,,\n",
                        "'longitude' is 'east'; expected a number of degrees in [-180, 180]"),
                Arguments.of("gdelt.CSV", gdelt("1", "35.7", "51.4") + gdelt("2", "", "51.4") + gdelt("3", "0", "0"),
                        "'ActionGeo_Lat' is empty but 'ActionGeo_Long' is not; expected both coordinates or neither"),
                Arguments.of("ged.csv", UcdpFormatTest.HEADER
                        + "1,1,,A,B,,,,,X,,,,35.7,51.4,Iran,1,2013-01-03,2013-01-03,2,2,2\n"
                        + "2,1,,A,B,,,,,X,,,,-91,51.4,Iran,1,2013-01-03,2013-01-03,2,2,2\n"
                        + "3,1,,A,B,,,,,X,,,,,,Iran,1,2013-01-03,2013-01-03,2,2,2\n",
                        "'latitude' is '-91'; expected a number of degrees in [-90, 90]"),
                Arguments.of("icews.tab", icews + "1\t2018-06-01\tA\t040\tB\t35.7\t51.4\n"
                        + "2\t2018-06-01\tA\t040\tB\t35,7\t51.4\n3\t2018-06-01\tA\t040\tB\tNA\tNA\n",
                        "'Latitude' is '35,7'; expected a number of degrees in [-90, 90]"));
    }

    /** A bad point stops the load at its line, in every format, and --skip-bad leaves that row out. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aBadPointIsAMalformedRowInEveryFormat(String name, String content, String message, @TempDir Path dir)
            throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Cli cli = new Cli().env("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Cli.Result failed = cli.run("export", "--data", file.toString(), "--format", "jsonl");
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCode.DATA);
        int line = name.equals("gdelt.CSV") ? 2 : 3;
        assertThat(failed.err()).isEqualTo(file + ":" + line + ": " + message + "\n");
        Cli.Result skipped = cli.run("export", "--skip-bad", "--data", file.toString(), "--format", "jsonl");
        assertThat(skipped.exitCode()).as(skipped.toString()).isZero();
        assertThat(skipped.out().lines()).hasSize(2);
        assertThat(skipped.err()).contains("skipped 1 bad record").contains(file + ":" + line + ":");
    }

    @Test
    void aPlaceWithoutNameOrCountryMayStillBeAPoint() {
        assertThat(Points.place(null, null, null)).isNull();
        assertThat(Points.place(null, null, new double[] {1, 2}).hasPoint()).isTrue();
        assertThat(Points.place("Baku", "AZE", null).hasPoint()).isFalse();
    }
}
