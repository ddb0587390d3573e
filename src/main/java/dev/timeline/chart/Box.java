package dev.timeline.chart;

/**
 * An axis-aligned rectangle: left {@code x}, top {@code y}, width {@code w}, height {@code h} (both at least 0).
 * Edges that only touch do not intersect.
 */
public record Box(double x, double y, double w, double h) {

    public Box {
        if (!(w >= 0) || !(h >= 0)) {
            throw new IllegalArgumentException("a box needs a width and height of 0 or more: " + w + "x" + h);
        }
    }

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    /** Whether the two boxes share any area. */
    public boolean intersects(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** Whether {@code other} lies wholly inside this box. */
    public boolean contains(Box other) {
        return other.x >= x && other.right() <= right() && other.y >= y && other.bottom() <= bottom();
    }
}
