package dev.timeline.chart;

import dev.timeline.model.Event;
import dev.timeline.model.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The map panel of a chart: where the shown events that have a point ({@link Place#hasPoint()}) happened, over
 * country outlines ({@link WorldOutlines}), zoomed to those points ({@link MapView#fit}) and clipped to the view.
 * Laid out by {@link SvgLayout} under the chart, drawn by {@link SvgWriter}; a chart none of whose events has a point
 * has no panel at all.
 *
 * <p>Events at the same coordinates are drawn apart: up to {@value #STACK_MAX} on a small ring around their point
 * (each its own mark, tied to the point by a leader), more as one counted disc that lists their ids. Each mark gets
 * its event's number (as in the key, so only where there is a key) beside it where that fits inside the panel
 * without covering another mark or number, so the panel reads on paper too.
 */
final class MapPanel {

    /** Up to this many events at one point get a mark each; more are one counted disc. */
    static final int STACK_MAX = 12;

    /** The panel is at most this wide, and between these heights. */
    static final double MAX_WIDTH = 640;
    static final double MIN_HEIGHT = 200;
    static final double MAX_HEIGHT = 380;

    /** From the panel's top to the frame: room for the caption. */
    static final double CAPTION = 22;

    /** The size of the numbers beside the marks. */
    static final double TAG_SIZE = 10;

    /** Vertices closer than this many pixels to the last one kept are dropped: nobody sees them. */
    private static final double DETAIL = 0.6;

    /** One event's mark at {@code (x, y)}, tied to its point {@code (px, py)} when stacked there with others. */
    record Spot(Event event, double x, double y, double px, double py) {

        boolean stacked() {
            return x != px || y != py;
        }
    }

    /** More than {@value #STACK_MAX} events at one point, drawn as one disc with their count. */
    record Cluster(List<Event> events, double x, double y, double lat, double lon) {
    }

    /** An event's number beside its mark; the text's baseline is 10 px below the box's top. */
    record Tag(Event event, String text, Box box) {
    }

    /** A country's outline within the view: rings of pixel coordinates. */
    record Outline(String country, List<Clip.Polygon> rings) {
    }

    final double top;
    final MapView view;
    final List<Outline> outlines;
    final List<Spot> spots;
    final List<Cluster> clusters;
    final List<Tag> tags;
    final int located;
    final int shown;

    private MapPanel(double top, MapView view, List<Outline> outlines, List<Spot> spots, List<Cluster> clusters,
            List<Tag> tags, int located, int shown) {
        this.top = top;
        this.view = view;
        this.outlines = outlines;
        this.spots = spots;
        this.clusters = clusters;
        this.tags = tags;
        this.located = located;
        this.shown = shown;
    }

    /**
     * The panel for the events of {@code data}, its caption's top at {@code (left, top)}, at most {@code width} wide;
     * null when no event has a point.
     */
    static MapPanel of(ChartData data, double left, double top, double width) {
        List<Event> events = data.events();
        Map<String, List<Event>> byPoint = new LinkedHashMap<>();
        double minLon = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        double minLat = Double.POSITIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        int located = 0;
        for (Event event : events) {
            Place place = event.place();
            if (place == null || !place.hasPoint()) {
                continue;
            }
            located++;
            byPoint.computeIfAbsent(place.lat() + "," + place.lon(), k -> new ArrayList<>()).add(event);
            minLon = Math.min(minLon, place.lon());
            maxLon = Math.max(maxLon, place.lon());
            minLat = Math.min(minLat, place.lat());
            maxLat = Math.max(maxLat, place.lat());
        }
        if (located == 0) {
            return null;
        }
        MapView view = MapView.fit(minLon, maxLon, minLat, maxLat, left, top + CAPTION, Math.min(width, MAX_WIDTH),
                MIN_HEIGHT, MAX_HEIGHT);
        List<Spot> spots = new ArrayList<>();
        List<Cluster> clusters = new ArrayList<>();
        for (List<Event> here : byPoint.values()) {
            Place place = here.get(0).place();
            double px = view.x(place.lon());
            double py = view.y(place.lat());
            if (here.size() > STACK_MAX) {
                clusters.add(new Cluster(List.copyOf(here), px, py, place.lat(), place.lon()));
            } else if (here.size() == 1) {
                spots.add(new Spot(here.get(0), px, py, px, py));
            } else {
                // a ring whose circumference leaves about 10 px a mark, starting at the top, clockwise
                double radius = Math.max(8, here.size() * 10 / (2 * Math.PI));
                for (int i = 0; i < here.size(); i++) {
                    double angle = 2 * Math.PI * i / here.size();
                    spots.add(new Spot(here.get(i), px + radius * Math.sin(angle), py - radius * Math.cos(angle),
                            px, py));
                }
            }
        }
        return new MapPanel(top, view, outlines(view), List.copyOf(spots), List.copyOf(clusters),
                tags(data, view.box(), spots, clusters), located, events.size());
    }

    /**
     * Numbers beside the marks, in date order: right of the mark, else left, above or below; else none. None at all
     * past {@value SvgLayout#KEY_MAX} events, where the chart has no key for them to refer to.
     */
    private static List<Tag> tags(ChartData data, Box frame, List<Spot> spots, List<Cluster> clusters) {
        if (data.events().size() > SvgLayout.KEY_MAX) {
            return List.of();
        }
        List<Box> taken = new ArrayList<>();
        double r = MapWriter.MARK + 1;
        spots.forEach(s -> taken.add(new Box(s.x() - r, s.y() - r, 2 * r, 2 * r)));
        clusters.forEach(c -> taken.add(new Box(c.x() - 15, c.y() - 15, 30, 30)));
        List<Tag> tags = new ArrayList<>();
        for (Spot spot : spots) {
            String text = Integer.toString(data.number(spot.event()));
            double w = TextWidth.of(text, TAG_SIZE, false) + 2;
            double h = TAG_SIZE + 2;
            List<Box> candidates = List.of(
                    new Box(spot.x() + r, spot.y() - h / 2, w, h),
                    new Box(spot.x() - r - w, spot.y() - h / 2, w, h),
                    new Box(spot.x() - w / 2, spot.y() - r - h, w, h),
                    new Box(spot.x() - w / 2, spot.y() + r, w, h));
            for (Box box : candidates) {
                if (frame.contains(box) && taken.stream().noneMatch(box::intersects)) {
                    taken.add(box);
                    tags.add(new Tag(spot.event(), text, box));
                    break;
                }
            }
        }
        return List.copyOf(tags);
    }

    /** Every country ring that reaches into the view, projected, thinned and clipped to it. */
    private static List<Outline> outlines(MapView view) {
        Map<String, List<Clip.Polygon>> byCountry = new LinkedHashMap<>();
        for (WorldOutlines.Ring ring : WorldOutlines.rings()) {
            if (!reaches(ring, view)) {
                continue;
            }
            double[] xs = new double[ring.size()];
            double[] ys = new double[ring.size()];
            int n = 0;
            for (int i = 0; i < ring.size(); i++) {
                double x = view.x(ring.lon()[i]);
                double y = view.y(ring.lat()[i]);
                if (n > 0 && Math.abs(x - xs[n - 1]) < DETAIL && Math.abs(y - ys[n - 1]) < DETAIL) {
                    continue;
                }
                xs[n] = x;
                ys[n] = y;
                n++;
            }
            Clip.Polygon clipped = Clip.toBox(new Clip.Polygon(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n)), view.box());
            if (clipped.n() >= 3) {
                byCountry.computeIfAbsent(ring.country(), k -> new ArrayList<>()).add(clipped);
            }
        }
        List<Outline> outlines = new ArrayList<>();
        byCountry.forEach((country, rings) -> outlines.add(new Outline(country, List.copyOf(rings))));
        return List.copyOf(outlines);
    }

    /** Whether the ring's bounding box overlaps the view: the cheap test before clipping. */
    private static boolean reaches(WorldOutlines.Ring ring, MapView view) {
        double west = Double.POSITIVE_INFINITY;
        double east = Double.NEGATIVE_INFINITY;
        double south = Double.POSITIVE_INFINITY;
        double north = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < ring.size(); i++) {
            west = Math.min(west, ring.lon()[i]);
            east = Math.max(east, ring.lon()[i]);
            south = Math.min(south, ring.lat()[i]);
            north = Math.max(north, ring.lat()[i]);
        }
        return west < view.east() && east > view.west() && south < view.north() && north > view.south();
    }

    /** The box the map is drawn in (the caption is above it). */
    Box frame() {
        return view.box();
    }

    /** Below the panel. */
    double bottom() {
        return view.box().bottom();
    }

    /** The caption: how many of the shown events are on the map, the view, where the outlines come from. */
    String caption() {
        return "Map: " + located + " of " + shown + " event" + (shown == 1 ? "" : "s") + " with a point · "
                + degrees(view.south(), 'N', 'S') + " to " + degrees(view.north(), 'N', 'S') + ", "
                + degrees(view.west(), 'E', 'W') + " to " + degrees(view.east(), 'E', 'W')
                + " · outlines: Natural Earth (public domain)";
    }

    private static String degrees(double value, char positive, char negative) {
        long tenths = Math.round(Math.abs(value) * 10);
        return tenths / 10 + "." + tenths % 10 + "°" + (tenths == 0 ? "" : value > 0 ? positive : negative);
    }
}
