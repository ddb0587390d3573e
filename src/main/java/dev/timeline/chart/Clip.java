package dev.timeline.chart;

import java.util.Arrays;

/**
 * Clips a polygon to a rectangle (Sutherland–Hodgman, one edge of the rectangle at a time). The result is the part of
 * the polygon inside the rectangle, as one ring whose pieces along the rectangle's edges may touch: drawn filled with
 * the even-odd rule it covers exactly the inside part. A polygon that encloses the whole rectangle gives the
 * rectangle.
 */
final class Clip {

    private Clip() {
    }

    /** A ring: vertex {@code i} is {@code (xs[i], ys[i])}; the closing vertex is not repeated. */
    record Polygon(double[] xs, double[] ys) {

        Polygon {
            if (xs.length != ys.length) {
                throw new IllegalArgumentException("as many x as y: " + xs.length + " and " + ys.length);
            }
        }

        int n() {
            return xs.length;
        }
    }

    /** The part of {@code polygon} inside {@code box}: fewer than three vertices when nothing is. */
    static Polygon toBox(Polygon polygon, Box box) {
        Polygon p = polygon;
        p = edge(p, 0, box.x(), false);
        p = edge(p, 0, box.right(), true);
        p = edge(p, 1, box.y(), false);
        p = edge(p, 1, box.bottom(), true);
        return p;
    }

    /** Keeps what lies on the inner side of the line {@code axis == at}: below it when {@code upper}, else above. */
    private static Polygon edge(Polygon in, int axis, double at, boolean upper) {
        int n = in.n();
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + n - 1) % n;
            double px = in.xs()[j];
            double py = in.ys()[j];
            double cx = in.xs()[i];
            double cy = in.ys()[i];
            boolean prevIn = inside(axis == 0 ? px : py, at, upper);
            boolean currIn = inside(axis == 0 ? cx : cy, at, upper);
            if (currIn != prevIn) {
                double t = ((axis == 0 ? px : py) - at) / ((axis == 0 ? px - cx : py - cy));
                xs[m] = axis == 0 ? at : px + (cx - px) * t;
                ys[m] = axis == 1 ? at : py + (cy - py) * t;
                m++;
            }
            if (currIn) {
                xs[m] = cx;
                ys[m] = cy;
                m++;
            }
        }
        return new Polygon(Arrays.copyOf(xs, m), Arrays.copyOf(ys, m));
    }

    private static boolean inside(double value, double at, boolean upper) {
        return upper ? value <= at : value >= at;
    }
}
