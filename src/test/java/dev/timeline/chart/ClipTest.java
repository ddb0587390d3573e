package dev.timeline.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Clipping outlines to the map's view. */
class ClipTest {

    private static final Box BOX = new Box(10, 10, 100, 50);

    private static Clip.Polygon polygon(double... xy) {
        double[] xs = new double[xy.length / 2];
        double[] ys = new double[xy.length / 2];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = xy[2 * i];
            ys[i] = xy[2 * i + 1];
        }
        return new Clip.Polygon(xs, ys);
    }

    /** The shoelace area. */
    private static double area(Clip.Polygon p) {
        double twice = 0;
        for (int i = 0; i < p.n(); i++) {
            int j = (i + 1) % p.n();
            twice += p.xs()[i] * p.ys()[j] - p.xs()[j] * p.ys()[i];
        }
        return Math.abs(twice) / 2;
    }

    @Test
    void aPolygonInsideStaysAsItIs() {
        Clip.Polygon inside = polygon(20, 20, 60, 20, 40, 50);
        Clip.Polygon clipped = Clip.toBox(inside, BOX);
        assertThat(clipped.xs()).containsExactly(inside.xs());
        assertThat(clipped.ys()).containsExactly(inside.ys());
    }

    @Test
    void aPolygonOutsideLeavesNothing() {
        assertThat(Clip.toBox(polygon(200, 200, 300, 200, 250, 300), BOX).n()).isLessThan(3);
    }

    @Test
    void aPolygonAroundTheBoxGivesTheBox() {
        Clip.Polygon clipped = Clip.toBox(polygon(-1000, -1000, 1000, -1000, 1000, 1000, -1000, 1000), BOX);
        assertThat(area(clipped)).isCloseTo(100 * 50, within(1e-9));
        for (int i = 0; i < clipped.n(); i++) {
            assertThat(clipped.xs()[i]).isIn(10.0, 110.0);
            assertThat(clipped.ys()[i]).isIn(10.0, 60.0);
        }
    }

    @Test
    void aSquareAcrossACornerKeepsTheQuarterInside() {
        Clip.Polygon clipped = Clip.toBox(polygon(0, 0, 20, 0, 20, 20, 0, 20), BOX);
        assertThat(area(clipped)).isCloseTo(100, within(1e-9));
    }

    /**
     * Seeded random convex polygons (points on an ellipse): the clipped one lies in the box, and its area is the
     * polygon's area inside the box as {@link #insideArea} integrates it.
     */
    @Test
    void clippedPolygonsLieInTheBoxWithTheAreaThatIsInside() {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("ClipTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int c = 0; c < 200; c++) {
            int n = 3 + random.nextInt(12);
            double cx = random.nextDouble() * 160 - 20;
            double cy = random.nextDouble() * 110 - 20;
            double rx = 5 + random.nextDouble() * 80;
            double ry = 5 + random.nextDouble() * 80;
            double[] xy = new double[2 * n];
            for (int i = 0; i < n; i++) {
                double angle = 2 * Math.PI * i / n;
                xy[2 * i] = cx + rx * Math.cos(angle);
                xy[2 * i + 1] = cy + ry * Math.sin(angle);
            }
            Clip.Polygon polygon = polygon(xy);
            Clip.Polygon clipped = Clip.toBox(polygon, BOX);
            String what = "seed " + seed + " case " + c;
            for (int i = 0; i < clipped.n(); i++) {
                assertThat(clipped.xs()[i]).as(what).isBetween(10 - 1e-9, 110 + 1e-9);
                assertThat(clipped.ys()[i]).as(what).isBetween(10 - 1e-9, 60 + 1e-9);
            }
            double expected = insideArea(polygon);
            assertThat(clipped.n() < 3 ? 0 : area(clipped)).as(what).isCloseTo(expected, within(1e-6 + expected * 1e-9));
        }
    }

    /**
     * The area of a convex polygon inside {@link #BOX}, another way: the length of the vertical line through the
     * polygon (between its lowest and highest crossing of an edge) that lies in the box is linear in x between the
     * breakpoints (the vertices' x, the box's sides, and where an edge crosses the box's top or bottom), so each
     * piece is its width times the length at its middle: exact, and never sampled on a vertical edge.
     */
    private static double insideArea(Clip.Polygon p) {
        TreeSet<Double> breaks = new TreeSet<>(List.of(BOX.x(), BOX.right()));
        for (int i = 0, j = p.n() - 1; i < p.n(); j = i++) {
            breaks.add(p.xs()[i]);
            for (double line : new double[] {BOX.y(), BOX.bottom()}) {
                double y0 = p.ys()[j];
                double y1 = p.ys()[i];
                if ((y0 <= line) != (y1 <= line)) {
                    breaks.add(p.xs()[j] + (p.xs()[i] - p.xs()[j]) * (line - y0) / (y1 - y0));
                }
            }
        }
        double sum = 0;
        Double previous = null;
        for (double x : breaks.subSet(BOX.x(), true, BOX.right(), true)) {
            if (previous != null && x > previous) {
                sum += (x - previous) * lengthInBox(p, (x + previous) / 2);
            }
            previous = x;
        }
        return sum;
    }

    private static double lengthInBox(Clip.Polygon p, double x) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0, j = p.n() - 1; i < p.n(); j = i++) {
            double x0 = p.xs()[j];
            double x1 = p.xs()[i];
            if ((x0 <= x) != (x1 <= x)) {
                double y = p.ys()[j] + (p.ys()[i] - p.ys()[j]) * (x - x0) / (x1 - x0);
                low = Math.min(low, y);
                high = Math.max(high, y);
            }
        }
        return low <= high ? Math.max(0, Math.min(high, BOX.bottom()) - Math.max(low, BOX.y())) : 0;
    }
}
