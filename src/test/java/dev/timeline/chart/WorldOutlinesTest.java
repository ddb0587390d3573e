package dev.timeline.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled country outlines and their reader. */
class WorldOutlinesTest {

    @Test
    void theBundledFileIsSmallAndSaysWhereItComesFromAndUnderWhatLicence() throws Exception {
        byte[] bytes;
        try (InputStream in = WorldOutlines.class.getResourceAsStream(WorldOutlines.RESOURCE)) {
            bytes = in.readAllBytes();
        }
        assertThat(bytes.length).isLessThan(150_000);
        String header = new String(bytes, StandardCharsets.UTF_8).lines().takeWhile(l -> l.startsWith("#"))
                .collect(Collectors.joining("\n"));
        assertThat(header).contains("Natural Earth").contains("public domain").contains("world-atlas@2.0.2")
                .contains("ISC").contains("scripts/map-outlines");
        try (InputStream notice = WorldOutlines.class.getResourceAsStream("NOTICE")) {
            assertThat(new String(notice.readAllBytes(), StandardCharsets.UTF_8)).contains("public domain")
                    .contains("world-atlas 2.0.2").contains("ISC");
        }
    }

    @Test
    void everyCountryIsThereWithRingsInsideTheWorld() {
        List<WorldOutlines.Ring> rings = WorldOutlines.rings();
        Set<String> countries = rings.stream().map(WorldOutlines.Ring::country).collect(Collectors.toSet());
        assertThat(countries).hasSizeGreaterThan(170).contains("031", "364", "051", "376", "643", "076");
        for (WorldOutlines.Ring ring : rings) {
            assertThat(ring.size()).isGreaterThanOrEqualTo(3);
            assertThat(Arrays.stream(ring.lat()).allMatch(lat -> lat >= -90 && lat <= 90)).isTrue();
            assertThat(Arrays.stream(ring.lon()).allMatch(lon -> lon >= -360 && lon <= 360)).isTrue();
        }
    }

    /** Azerbaijan (ISO 3166-1 numeric 031) lies between about 44.8 and 50.4°E, 38.4 and 41.9°N. */
    @Test
    void azerbaijanIsWhereItIs() {
        List<WorldOutlines.Ring> azerbaijan = WorldOutlines.rings().stream().filter(r -> r.country().equals("031"))
                .toList();
        assertThat(azerbaijan).isNotEmpty();
        double west = azerbaijan.stream().flatMapToDouble(r -> Arrays.stream(r.lon())).min().orElseThrow();
        double east = azerbaijan.stream().flatMapToDouble(r -> Arrays.stream(r.lon())).max().orElseThrow();
        double south = azerbaijan.stream().flatMapToDouble(r -> Arrays.stream(r.lat())).min().orElseThrow();
        double north = azerbaijan.stream().flatMapToDouble(r -> Arrays.stream(r.lat())).max().orElseThrow();
        assertThat(west).isBetween(44.5, 45.5);
        assertThat(east).isBetween(50.0, 50.8);
        assertThat(south).isBetween(38.2, 39.0);
        assertThat(north).isBetween(41.5, 42.0);
    }

    /** A ring across the antimeridian comes twice, 360 degrees apart (Fiji, 242; Russia's Chukotka, 643). */
    @Test
    void ringsAcrossTheAntimeridianComeOnBothSides() {
        List<WorldOutlines.Ring> fiji = WorldOutlines.rings().stream().filter(r -> r.country().equals("242"))
                .toList();
        assertThat(fiji.stream().anyMatch(r -> Arrays.stream(r.lon()).anyMatch(lon -> lon < -180))).isTrue();
        assertThat(fiji.stream().anyMatch(r -> Arrays.stream(r.lon()).anyMatch(lon -> lon > 180))).isTrue();
    }

    @Test
    void readsDifferencesFromTheVertexBefore() throws Exception {
        List<WorldOutlines.Ring> rings = WorldOutlines.parse(new BufferedReader(new StringReader(
                "# a comment\n\n031 4500,4000 100,0 0,-50 -100,0\n")), "test");
        assertThat(rings).hasSize(1);
        assertThat(rings.get(0).country()).isEqualTo("031");
        assertThat(rings.get(0).lon()).containsExactly(45, 46, 46, 45);
        assertThat(rings.get(0).lat()).containsExactly(40, 40, 39.5, 39.5);
    }

    @Test
    void aDamagedFileIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> WorldOutlines.parse(new BufferedReader(new StringReader(
                "# head\n031 1,1 2,2\n")), "test")).hasMessage("test:2: a ring needs a country id and at least "
                + "three vertices");
        assertThatThrownBy(() -> WorldOutlines.parse(new BufferedReader(new StringReader(
                "031 1,1 2,x 3,3\n")), "test")).hasMessageStartingWith("test:1: vertex 2 is '2,x'");
        assertThatThrownBy(() -> WorldOutlines.parse(new BufferedReader(new StringReader(
                "031 1,1 2;2 3,3\n")), "test")).hasMessageStartingWith("test:1: vertex 2 is '2;2'");
        assertThatThrownBy(() -> WorldOutlines.parse(new BufferedReader(new StringReader(
                "031 0,8000 0,2000 10,0\n")), "test")).hasMessageContaining("latitude in [-90, 90]");
    }
}
