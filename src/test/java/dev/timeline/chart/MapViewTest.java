package dev.timeline.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The map's projection and how a view is fitted to points. */
class MapViewTest {

    static Stream<Arguments> corners() {
        MapView view = new MapView(40, 50, 35, 45, new Box(100, 200, 400, 300));
        return Stream.of(
                Arguments.of(view, 40, 45, 100, 200),   // north-west corner: top left
                Arguments.of(view, 50, 35, 500, 500),   // south-east corner: bottom right
                Arguments.of(view, 45, 40, 300, 350),   // the middle
                Arguments.of(view, 42.5, 37.5, 200, 425),
                Arguments.of(view, 30, 50, -300, 50));  // outside the view: outside the box
    }

    @ParameterizedTest
    @MethodSource("corners")
    void projectsLinearlyNorthUp(MapView view, double lon, double lat, double x, double y) {
        assertThat(view.x(lon)).isCloseTo(x, within(1e-9));
        assertThat(view.y(lat)).isCloseTo(y, within(1e-9));
    }

    /**
     * Worked by hand: points in 45..50°E, 38..42°N grow by 20% a side to 7° by 5.6°; at 40°N a degree of longitude is
     * cos 40° = 0.766 as wide, so at 600 px wide the panel would be 627 px tall, is held to 380, and the view widens
     * to 5.6 × (600 / 380) / 0.766 = 11.54° of longitude around 47.5°E.
     */
    @Test
    void aKnownPointLandsWhereTheHandWorkedProjectionPutsIt() {
        MapView view = MapView.fit(45, 50, 38, 42, 0, 0, 600, 200, 380);
        assertThat(view.box()).isEqualTo(new Box(0, 0, 600, 380));
        assertThat(view.west()).isCloseTo(41.7287, within(1e-4));
        assertThat(view.east()).isCloseTo(53.2713, within(1e-4));
        assertThat(view.south()).isCloseTo(37.2, within(1e-9));
        assertThat(view.north()).isCloseTo(42.8, within(1e-9));
        // Baku
        assertThat(view.x(49.8671)).isCloseTo(423.05, within(0.01));
        assertThat(view.y(40.4093)).isCloseTo(162.23, within(0.01));
        // the south-west point of the box
        assertThat(view.x(45)).isCloseTo(170.05, within(0.01));
        assertThat(view.y(38)).isCloseTo(325.71, within(0.01));
    }

    @Test
    void pointsInTheCaucasusGiveARegionalViewNotTheWorld() {
        MapView view = MapView.fit(44.5, 50.0, 38.5, 41.9, 16, 0, 640, 200, 380);
        assertThat(view.east() - view.west()).isLessThan(25);
        assertThat(view.north() - view.south()).isLessThan(10);
    }

    @Test
    void aSinglePointShowsTheCountryAroundIt() {
        MapView view = MapView.fit(49.87, 49.87, 40.41, 40.41, 0, 0, 640, 200, 380);
        assertThat(view.north() - view.south()).isGreaterThanOrEqualTo(MapView.LEAST_SPAN);
        assertThat(view.x(49.87)).isCloseTo(320, within(1e-6));
        assertThat(view.y(40.41)).isCloseTo(view.box().y() + view.box().h() / 2, within(1e-6));
    }

    @Test
    void pointsAllOverTheWorldStayInsideIt() {
        MapView view = MapView.fit(-179, 179, -80, 80, 0, 0, 640, 200, 380);
        assertThat(view.west()).isEqualTo(-180);
        assertThat(view.east()).isEqualTo(180);
        assertThat(view.south()).isGreaterThanOrEqualTo(-90);
        assertThat(view.north()).isLessThanOrEqualTo(90);
        assertThat(view.box().w()).isLessThanOrEqualTo(640);
        assertThat(view.box().h()).isLessThanOrEqualTo(380);
    }

    /**
     * Seeded random point boxes: every point lies inside the panel with room to spare, the panel keeps the projection's
     * proportions (a degree of longitude cos(middle latitude) as wide as one of latitude), and stays within its limits.
     */
    @Test
    void everyFittedViewHoldsItsPointsInsideAPanelOfTheRightProportions() {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("MapViewTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            double lon0 = -180 + random.nextDouble() * 360;
            double lon1 = Math.min(180, lon0 + Math.pow(random.nextDouble(), 3) * 360);
            double lat0 = -90 + random.nextDouble() * 180;
            double lat1 = Math.min(90, lat0 + Math.pow(random.nextDouble(), 3) * 180);
            double width = 200 + random.nextInt(600);
            MapView view = MapView.fit(lon0, lon1, lat0, lat1, 10, 20, width, 200, 380);
            String what = "seed " + seed + " case " + i + ": " + lon0 + ".." + lon1 + ", " + lat0 + ".." + lat1;
            Box box = view.box();
            assertThat(box.w()).as(what).isLessThanOrEqualTo(width + 1e-6);
            assertThat(box.h()).as(what).isLessThanOrEqualTo(380 + 1e-6);
            for (double lon : new double[] {lon0, lon1}) {
                assertThat(view.x(lon)).as(what).isBetween(box.x() - 1e-6, box.right() + 1e-6);
            }
            for (double lat : new double[] {lat0, lat1}) {
                assertThat(view.y(lat)).as(what).isBetween(box.y() - 1e-6, box.bottom() + 1e-6);
            }
            double cos = Math.max(0.35, Math.cos(Math.toRadians((lat0 + lat1) / 2)));
            double degreeX = box.w() / (view.east() - view.west());
            double degreeY = box.h() / (view.north() - view.south());
            assertThat(degreeX / degreeY).as(what).isCloseTo(cos, within(1e-6));
        }
    }

    @Test
    void aViewOutsideTheWorldIsRefused() {
        assertThatThrownBy(() -> new MapView(170, 190, 0, 10, new Box(0, 0, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[-180, 180]");
        assertThatThrownBy(() -> new MapView(10, 10, 0, 10, new Box(0, 0, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
