package dev.timeline.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The country outlines the map panel draws: Natural Earth's public-domain 1:110m admin-0 countries, bundled as
 * {@value #RESOURCE} next to this class (origin, version and licence in its header and in the NOTICE beside it;
 * {@code scripts/map-outlines} regenerates it). Read once, on first use, so a chart without points and every other
 * command never pay for it.
 *
 * <p>The file holds a line per ring: the country's ISO 3166-1 numeric id ({@code -} for the few units without one),
 * then the first vertex as {@code lon,lat} in hundredths of a degree, then each further vertex as its difference to
 * the one before. A ring that crosses the antimeridian runs past ±180° and comes twice, 360° apart, so clipping to
 * any view draws the half that lies in it.
 */
final class WorldOutlines {

    static final String RESOURCE = "world-110m.txt";

    /** One closed ring of a country's outline, in degrees; the closing vertex is not repeated. */
    record Ring(String country, double[] lon, double[] lat) {

        int size() {
            return lon.length;
        }
    }

    private WorldOutlines() {
    }

    /** The bundled rings, in file order. */
    static List<Ring> rings() {
        return Holder.RINGS;
    }

    private static final class Holder {
        static final List<Ring> RINGS = load();

        private static List<Ring> load() {
            try (InputStream in = WorldOutlines.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the jar; rebuild it");
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads rings in the format of the class comment.
     *
     * @param name what to call the input in a message
     * @throws IllegalStateException naming {@code name:line} when a line is not of that form, has fewer than three
     *     vertices, or a vertex lies outside longitude [-360, 360] or latitude [-90, 90]
     */
    static List<Ring> parse(BufferedReader in, String name) throws IOException {
        List<Ring> rings = new ArrayList<>();
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(" ");
            if (cells.length < 4) {
                throw bad(name, number, "a ring needs a country id and at least three vertices");
            }
            double[] lon = new double[cells.length - 1];
            double[] lat = new double[cells.length - 1];
            long x = 0;
            long y = 0;
            for (int i = 1; i < cells.length; i++) {
                int comma = cells[i].indexOf(',');
                try {
                    x += Long.parseLong(cells[i].substring(0, Math.max(0, comma)));
                    y += Long.parseLong(cells[i].substring(comma + 1));
                } catch (NumberFormatException e) {
                    throw bad(name, number, "vertex " + i + " is '" + cells[i] + "', expected two whole numbers "
                            + "as x,y");
                }
                if (Math.abs(x) > 36000 || Math.abs(y) > 9000) {
                    throw bad(name, number, "vertex " + i + " lies at " + x / 100.0 + ", " + y / 100.0
                            + ", expected longitude in [-360, 360] and latitude in [-90, 90]");
                }
                lon[i - 1] = x / 100.0;
                lat[i - 1] = y / 100.0;
            }
            rings.add(new Ring(cells[0], lon, lat));
        }
        return List.copyOf(rings);
    }

    private static IllegalStateException bad(String name, int line, String what) {
        return new IllegalStateException(name + ":" + line + ": " + what);
    }
}
