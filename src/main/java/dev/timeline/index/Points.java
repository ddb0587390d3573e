package dev.timeline.index;

import dev.timeline.model.Place;

/**
 * The point of a big input's row, from its latitude and longitude cells, with one rule for every format: both
 * blank (or ICEWS's {@code NA}) is no point, and so is exactly 0,0 ("Null Island", where geocoders put what they
 * could not place: no event of these datasets happened in the Gulf of Guinea at that spot); one without the other,
 * a cell that is no number, or a number out of range is a malformed row.
 */
final class Points {

    private Points() {
    }

    /**
     * The point {@code lat}, {@code lon} (cell texts, trimmed, null when blank) named {@code latName} and
     * {@code lonName} in messages, or null when the row gives none.
     *
     * @throws BadRow when the cells are not a point in WGS 84 degrees
     */
    static double[] of(String lat, String lon, String latName, String lonName) throws BadRow {
        lat = "NA".equals(lat) ? null : lat;
        lon = "NA".equals(lon) ? null : lon;
        if (lat == null && lon == null) {
            return null;
        }
        if (lat == null || lon == null) {
            throw new BadRow("'" + (lat == null ? latName : lonName) + "' is empty but '" + (lat == null ? lonName
                    : latName) + "' is not; expected both coordinates or neither");
        }
        double y = number(lat, latName, 90);
        double x = number(lon, lonName, 180);
        return y == 0 && x == 0 ? null : new double[] {y, x};
    }

    /** {@code place} (which may be null) with the point {@code point} (which may be null). */
    static Place place(String name, String country, double[] point) {
        if (point == null) {
            return name == null && country == null ? null : new Place(name, country);
        }
        return new Place(name, country, point[0], point[1]);
    }

    /** Whether {@code text} is a plain decimal ({@code -9.65}, {@code 1e-3}), not Java's {@code 35d} or {@code NaN}. */
    private static boolean decimal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return true;
    }

    private static double number(String text, String name, int bound) throws BadRow {
        try {
            double value = decimal(text) ? Double.parseDouble(text) : Double.NaN;
            if (value >= -bound && value <= bound) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRow("'" + name + "' is '" + text + "'; expected a number of degrees in [-" + bound + ", " + bound
                + "]");
    }
}
