package dev.timeline.chart;

/**
 * The part of the world a map panel shows and where it is drawn: an equirectangular projection at the view's middle
 * latitude (a degree of longitude is {@code cos(middle latitude)} as wide as a degree of latitude, so shapes near the
 * view's centre keep their proportions), from {@code west..east} and {@code south..north} degrees onto {@code box}
 * pixels, north up. The box and the view have the same proportions, so the whole box is map.
 *
 * <p>Longitudes are not wrapped: a view reaches from {@code west} to {@code east} within [-180, 180], and points on both
 * sides of the antimeridian make a view of the whole width.
 */
record MapView(double west, double east, double south, double north, Box box) {

    /** The least span of a view in degrees of latitude, so that a single point shows the country around it. */
    static final double LEAST_SPAN = 4;

    /** Room left around the points, as a share of their span on each side. */
    static final double MARGIN = 0.2;

    /** Degrees of latitude the projection keeps its middle within, so a polar view stays a sensible width. */
    private static final double LEAST_COS = 0.35;

    MapView {
        if (!(west < east) || !(south < north) || west < -180 || east > 180 || south < -90 || north > 90) {
            throw new IllegalArgumentException("a view is west < east in [-180, 180] and south < north in [-90, 90]: "
                    + west + ".." + east + ", " + south + ".." + north);
        }
    }

    /**
     * The view of points whose longitudes and latitudes lie in {@code minLon..maxLon} and {@code minLat..maxLat}: that
     * box grown by {@value #MARGIN} of its span on each side (at least {@value #LEAST_SPAN}° across), then widened
     * in one direction to the proportions of a panel {@code width} wide and between {@code minHeight} and
     * {@code maxHeight} tall, with its top left corner at {@code (left, top)}. Kept within the world, where the panel
     * is as wide and as tall as the world allows.
     */
    static MapView fit(double minLon, double maxLon, double minLat, double maxLat, double left, double top,
            double width, double minHeight, double maxHeight) {
        double midLat = (minLat + maxLat) / 2;
        double midLon = (minLon + maxLon) / 2;
        double cos = cos(midLat);
        double spanLat = Math.max((maxLat - minLat) * (1 + 2 * MARGIN), LEAST_SPAN);
        double spanLon = Math.max((maxLon - minLon) * (1 + 2 * MARGIN), LEAST_SPAN / cos);
        double height = Math.max(minHeight, Math.min(maxHeight, width * spanLat / (spanLon * cos)));
        if (spanLon * cos / spanLat < width / height) {
            spanLon = spanLat * width / height / cos;
        } else {
            spanLat = spanLon * cos * height / width;
        }
        double boxWidth = width;
        double boxHeight = height;
        if (spanLon > 360 || spanLat > 180) {
            // the world ran out: the panel shrinks to what the view holds
            spanLon = Math.min(spanLon, 360);
            spanLat = Math.min(spanLat, 180);
            double k = Math.min(width / (spanLon * cos), height / spanLat);
            boxWidth = spanLon * cos * k;
            boxHeight = spanLat * k;
        }
        double west = clamp(midLon - spanLon / 2, -180, 180 - spanLon);
        double south = clamp(midLat - spanLat / 2, -90, 90 - spanLat);
        return new MapView(west, Math.min(180, west + spanLon), south, Math.min(90, south + spanLat),
                new Box(left, top, boxWidth, boxHeight));
    }

    /** The x of longitude {@code lon}; outside the box for a longitude outside the view. */
    double x(double lon) {
        return box.x() + (lon - west) / (east - west) * box.w();
    }

    /** The y of latitude {@code lat}; outside the box for a latitude outside the view. */
    double y(double lat) {
        return box.y() + (north - lat) / (north - south) * box.h();
    }

    private static double cos(double lat) {
        return Math.max(LEAST_COS, Math.cos(Math.toRadians(lat)));
    }

    private static double clamp(double value, double least, double most) {
        return Math.max(least, Math.min(most, value));
    }
}
