package dev.timeline.chart;

import static dev.timeline.chart.SvgWriter.f;

import dev.timeline.chart.MapPanel.Cluster;
import dev.timeline.chart.MapPanel.Outline;
import dev.timeline.chart.MapPanel.Spot;
import dev.timeline.model.Event;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Draws a {@link MapPanel} into the chart's SVG: the caption, the sea, the country outlines as clipped to the view,
 * then the events' marks, in the shape and colour of their type as in the lanes, and their numbers where they fit. A mark carries its event's id in
 * {@code data-point-for} (a counted disc its events' ids in {@code data-point-ids}), not {@code data-event-id}: the
 * timeline's count of marks stays the same with or without a map. Marks take keyboard focus.
 *
 * <p>{@link #SCRIPT} replaces the chart's own script on a page with a map: pointing at (or focusing) any mark, label,
 * density bin or map mark highlights everything that shows the same event, so a point on the map lights up its event
 * in the lanes and the other way round. Like the chart's script it is inline and allowed by its hash alone.
 */
final class MapWriter {

    static final String STYLE = ".map-sea{fill:#eaf1f6}\n"
            + ".map-land{fill:#f6f3ec;stroke:#a39a8c;stroke-width:0.7px;stroke-linejoin:round}\n"
            + ".point{cursor:default}\n"
            + ".map-tag{font-size:10px;paint-order:stroke;stroke:#ffffff;stroke-width:3px;stroke-linejoin:round}\n"
            + ".point:focus{outline:none}\n"
            + ".cluster text{fill:#ffffff}\n"
            + ".cluster.hl>text{stroke:none}\n";

    static final String SCRIPT = "(function(){"
            + "var S='[data-event-id],[data-label-for],[data-point-for],[data-event-ids],[data-point-ids]';"
            + "function ids(n){var one=n.getAttribute('data-event-id')||n.getAttribute('data-label-for')"
            + "||n.getAttribute('data-point-for');"
            + "return one?[one]:(n.getAttribute('data-event-ids')||n.getAttribute('data-point-ids')||'').split(' ');}"
            + "function hl(e){document.querySelectorAll('.hl').forEach(function(n){n.classList.remove('hl');});"
            + "var g=e.target.closest&&e.target.closest(S);if(!g){return;}var want=new Set(ids(g));"
            + "document.querySelectorAll(S).forEach(function(n){"
            + "if(ids(n).some(function(i){return want.has(i);})){n.classList.add('hl');}});}"
            + "document.addEventListener('mouseover',hl);document.addEventListener('focusin',hl);})();";

    /** The radius of an event's mark on the map. */
    static final double MARK = 4.5;

    private MapWriter() {
    }

    /** Writes {@code panel}; {@code tooltip} gives an event's tooltip as the lanes show it. */
    static void write(Writer out, MapPanel panel, Function<Event, String> tooltip) throws IOException {
        Box frame = panel.frame();
        out.write("<g class=\"map\">\n");
        out.write("<text class=\"muted map-caption\" x=\"" + f(frame.x()) + "\" y=\"" + f(panel.top + 12) + "\">"
                + Xml.escape(panel.caption()) + "</text>\n");
        out.write("<rect class=\"map-sea\" x=\"" + f(frame.x()) + "\" y=\"" + f(frame.y()) + "\" width=\""
                + f(frame.w()) + "\" height=\"" + f(frame.h()) + "\"/>\n");
        out.write("<g class=\"map-land\">\n");
        for (Outline outline : panel.outlines) {
            StringBuilder d = new StringBuilder();
            for (Clip.Polygon ring : outline.rings()) {
                double[] xs = ring.xs();
                double[] ys = ring.ys();
                d.append('M').append(f(xs[0])).append(' ').append(f(ys[0]));
                for (int i = 1; i < xs.length; i++) {
                    d.append('L').append(f(xs[i])).append(' ').append(f(ys[i]));
                }
                d.append('Z');
            }
            out.write("<path data-country=\"" + Xml.escape(outline.country()) + "\" fill-rule=\"evenodd\" d=\"" + d
                    + "\"/>\n");
        }
        out.write("</g>\n");
        out.write("<rect x=\"" + f(frame.x()) + "\" y=\"" + f(frame.y()) + "\" width=\"" + f(frame.w())
                + "\" height=\"" + f(frame.h()) + "\" fill=\"none\" stroke=\"#999999\"/>\n");
        leaders(out, panel.spots);
        out.write("<g class=\"points\">\n");
        for (Spot spot : panel.spots) {
            Event event = spot.event();
            Palette p = Palette.of(event);
            out.write("<g class=\"point\" tabindex=\"0\" data-point-for=\"" + Xml.escape(event.id()) + "\"><title>"
                    + Xml.escape(tooltip.apply(event) + "\nPoint: " + event.place().lat() + ", "
                            + event.place().lon()) + "</title>"
                    + SvgWriter.shapeOf(p, spot.x(), spot.y(), MARK, p.color(), "#222222", 0.8, "") + "</g>\n");
        }
        for (Cluster cluster : panel.clusters) {
            int n = cluster.events().size();
            double r = 8 + Math.min(6, Math.log10(n) * 3);
            out.write("<g class=\"point cluster\" tabindex=\"0\" data-point-ids=\"" + Xml.escape(cluster.events()
                    .stream().map(Event::id).collect(Collectors.joining(" "))) + "\"><title>"
                    + Xml.escape(clusterTooltip(cluster)) + "</title><circle cx=\"" + f(cluster.x()) + "\" cy=\""
                    + f(cluster.y()) + "\" r=\"" + f(r) + "\" fill=\"#3a3a5c\" fill-opacity=\"0.85\" stroke=\"#ffffff\""
                    + " stroke-width=\"1\"/><text x=\"" + f(cluster.x()) + "\" y=\"" + f(cluster.y() + 3.5)
                    + "\" text-anchor=\"middle\" font-size=\"10\" font-weight=\"bold\">" + n
                    + "</text></g>\n");
        }
        out.write("</g>\n");
        out.write("<g class=\"map-tags\">\n");
        for (MapPanel.Tag tag : panel.tags) {
            out.write("<text class=\"map-tag\" data-label-for=\"" + Xml.escape(tag.event().id()) + "\" x=\""
                    + f(tag.box().x() + 1) + "\" y=\"" + f(tag.box().y() + 9.5) + "\">" + Xml.escape(tag.text())
                    + "</text>\n");
        }
        out.write("</g>\n</g>\n");
    }

    /** For events stacked at one point: a line from the point to each mark, and a dot on the point. */
    private static void leaders(Writer out, List<Spot> spots) throws IOException {
        if (spots.stream().noneMatch(Spot::stacked)) {
            return;
        }
        out.write("<g class=\"map-leaders\" stroke=\"#555555\" stroke-width=\"0.8\">\n");
        for (Spot spot : spots) {
            if (spot.stacked()) {
                out.write("<path d=\"M" + f(spot.px()) + " " + f(spot.py()) + "L" + f(spot.x()) + " " + f(spot.y())
                        + "\"/>\n");
            }
        }
        Set<String> dots = new HashSet<>();
        for (Spot spot : spots) {
            String dot = "<circle cx=\"" + f(spot.px()) + "\" cy=\"" + f(spot.py()) + "\" r=\"2\" fill=\"#222222\"/>\n";
            if (spot.stacked() && dots.add(dot)) {
                out.write(dot);
            }
        }
        out.write("</g>\n");
    }

    private static String clusterTooltip(Cluster cluster) {
        List<Event> events = cluster.events();
        StringBuilder b = new StringBuilder();
        b.append(events.size()).append(" events at ").append(cluster.lat()).append(", ").append(cluster.lon())
                .append(':');
        events.stream().limit(8).forEach(e -> b.append('\n').append(e.date()).append("  ").append(e.title()));
        if (events.size() > 8) {
            b.append("\n… and ").append(events.size() - 8).append(" more");
        }
        return b.toString();
    }
}
