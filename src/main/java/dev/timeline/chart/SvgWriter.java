package dev.timeline.chart;

import dev.timeline.chart.SvgLayout.Band;
import dev.timeline.chart.SvgLayout.Bin;
import dev.timeline.chart.SvgLayout.KeyEntry;
import dev.timeline.chart.SvgLayout.Label;
import dev.timeline.chart.SvgLayout.LaneRow;
import dev.timeline.chart.SvgLayout.LegendEntry;
import dev.timeline.chart.SvgLayout.Mark;
import dev.timeline.chart.TimeScale.Anchor;
import dev.timeline.chart.TimeScale.Tick;
import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.model.Source;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Draws an {@link SvgLayout} as a standalone SVG file, or as an HTML page with the SVG inline. Self-contained: no
 * fonts, images, styles or scripts from elsewhere; the page's only script (highlighting an event's marks when one is
 * pointed at) is inline and allowed by a content security policy that allows nothing else, so nothing a dataset
 * smuggles in could run or fetch. All dataset text is escaped.
 *
 * <p>Every event mark is an element with {@code data-event-id} (a period once, a lane event once per lane) and a
 * {@code <title>} tooltip giving its number, title, date, type, actors, place and sources; a density bin lists the
 * ids it gathers in {@code data-event-ids}. The same layout always gives the same bytes.
 */
public final class SvgWriter {

    private static final String FONT = "'DejaVu Sans', Verdana, 'Segoe UI', sans-serif";
    private static final String INK = "#222222";
    private static final String SCRIPT = "document.addEventListener('mouseover',function(e){"
            + "document.querySelectorAll('.hl').forEach(function(n){n.classList.remove('hl');});"
            + "var g=e.target.closest&&e.target.closest('[data-event-id],[data-label-for]');if(!g){return;}"
            + "var id=g.getAttribute('data-event-id')||g.getAttribute('data-label-for');"
            + "document.querySelectorAll('[data-event-id],[data-label-for]').forEach(function(n){"
            + "if((n.getAttribute('data-event-id')||n.getAttribute('data-label-for'))===id){n.classList.add('hl');}"
            + "});});";

    private final SvgLayout layout;
    private final Map<String, Actor> actors;
    private Writer out;

    public SvgWriter(SvgLayout layout, Dataset dataset) {
        this.layout = layout;
        this.actors = dataset.actorsById();
    }

    /** Writes a standalone SVG document. */
    public void writeSvg(Writer writer) throws IOException {
        out = writer;
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg();
    }

    /** Writes an HTML page holding the SVG. */
    public void writeHtml(Writer writer) throws IOException {
        out = writer;
        String script = layout.map == null ? SCRIPT : MapWriter.SCRIPT;
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                + "'unsafe-inline'; img-src data:; script-src '" + sha256(script) + "'\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + Xml.escape(layout.data.title()) + "</title>\n");
        out.write("<style>body{margin:0;background:#fff;color:" + INK + ";font-family:" + FONT + "}"
                + "main{overflow-x:auto}svg{display:block}</style>\n</head>\n<body>\n<main>\n");
        svg();
        out.write("</main>\n<script>" + script + "</script>\n</body>\n</html>\n");
    }

    private void svg() throws IOException {
        String w = f(layout.width);
        String h = f(layout.height);
        out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 "
                + w + " " + h + "\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"" + FONT
                + "\" font-size=\"11\">\n");
        out.write("<title id=\"chart-title\">" + Xml.escape(layout.data.title()) + "</title>\n");
        out.write("<desc id=\"chart-desc\">" + Xml.escape(queryLine() + ". " + layout.summary) + "</desc>\n");
        style();
        defs();
        out.write("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        header();
        if (layout.scale == null) {
            empty();
        } else {
            lanes();
            shading();
            axis();
            breaks();
            bands();
            bins();
            marks();
            labels();
            legend();
            key();
            if (layout.map != null) {
                MapWriter.write(out, layout.map, this::tooltip);
            }
        }
        out.write("</svg>\n");
    }

    private void style() throws IOException {
        out.write("<style>\n"
                + "text{fill:" + INK + "}\n"
                + ".lane-label{font-size:12px;font-weight:bold}\n"
                + ".context{font-weight:bold}\n"
                + ".muted{fill:#555555}\n"
                + ".grid{stroke:#d9d9d9;stroke-width:1}\n"
                + ".event,.period,.bin{cursor:default}\n"
                + ".hl>:not(title){stroke:#000000;stroke-width:2.5px}\n"
                + "text.hl{font-weight:bold}\n"
                + (layout.map == null ? "" : MapWriter.STYLE)
                + "</style>\n");
    }

    private void defs() throws IOException {
        out.write("<defs>\n");
        for (Palette p : Palette.values()) {
            out.write("<pattern id=\"hatch-" + p.id() + "\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" "
                    + "patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"" + p.color()
                    + "\" fill-opacity=\"0.18\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"" + p.color()
                    + "\" stroke-width=\"2.2\"/></pattern>\n");
            out.write("<radialGradient id=\"halo-" + p.id() + "\"><stop offset=\"0.35\" stop-color=\"" + p.color()
                    + "\" stop-opacity=\"0.55\"/><stop offset=\"1\" stop-color=\"" + p.color()
                    + "\" stop-opacity=\"0\"/></radialGradient>\n");
            out.write("<linearGradient id=\"soft-" + p.id() + "\"><stop offset=\"0\" stop-color=\"" + p.color()
                    + "\" stop-opacity=\"0\"/><stop offset=\"0.2\" stop-color=\"" + p.color() + "\" stop-opacity="
                    + "\"0.45\"/><stop offset=\"0.8\" stop-color=\"" + p.color() + "\" stop-opacity=\"0.45\"/>"
                    + "<stop offset=\"1\" stop-color=\"" + p.color() + "\" stop-opacity=\"0\"/></linearGradient>\n");
        }
        out.write("<pattern id=\"break-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" "
                + "y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#e4e4e4\" stroke-width=\"2\"/></pattern>\n");
        int i = 0;
        for (Band band : layout.bands) {
            String color = Palette.of(band.event()).color();
            double width = Math.max(1, band.x1() - band.x0());
            double fade = Math.min(0.45, 90 / width);
            out.write("<linearGradient id=\"band-" + i++ + "\">");
            out.write(stop(0, color, band.fadeIn() ? 0 : 0.3));
            if (band.fadeIn()) {
                out.write(stop(fade, color, 0.3));
            }
            if (band.fadeOut()) {
                out.write(stop(1 - fade, color, 0.3));
            }
            out.write(stop(1, color, band.fadeOut() ? 0 : 0.3));
            out.write("</linearGradient>\n");
        }
        out.write("</defs>\n");
    }

    private static String stop(double offset, String color, double opacity) {
        return "<stop offset=\"" + f3(offset) + "\" stop-color=\"" + color + "\" stop-opacity=\"" + f3(opacity)
                + "\"/>";
    }

    private void header() throws IOException {
        double textWidth = layout.width - 2 * SvgLayout.MARGIN;
        out.write("<g class=\"header\">\n");
        text(SvgLayout.MARGIN, 32, "font-size=\"18\" font-weight=\"bold\"",
                TextWidth.fit(layout.data.title(), textWidth, 18, true));
        text(SvgLayout.MARGIN, 54, "font-size=\"12\"", TextWidth.fit(queryLine(), textWidth, 12, false));
        text(SvgLayout.MARGIN, 74, "font-size=\"12\" class=\"muted\"", TextWidth.fit(layout.summary, textWidth, 12,
                false));
        out.write("</g>\n");
    }

    private String queryLine() {
        return layout.data.query().isEmpty() ? "All events" : "Query: " + layout.data.query();
    }

    private void empty() throws IOException {
        text(SvgLayout.MARGIN, 118, "font-size=\"16\" font-weight=\"bold\" class=\"empty\"",
                "No events match" + (layout.data.query().isEmpty() ? "." : " this query."));
    }

    private void lanes() throws IOException {
        out.write("<g class=\"lanes\">\n");
        int i = 0;
        for (LaneRow row : layout.lanes) {
            out.write("<rect x=\"" + f(SvgLayout.MARGIN) + "\" y=\"" + f(row.y0()) + "\" width=\""
                    + f(layout.plotRight - SvgLayout.MARGIN) + "\" height=\"" + f(row.y1() - row.y0())
                    + "\" fill=\"" + (i++ % 2 == 0 ? "#f3f4f6" : "#ffffff") + "\"/>\n");
        }
        for (LaneRow row : layout.lanes) {
            out.write("<text class=\"lane-label\" x=\"" + f(SvgLayout.MARGIN + 6) + "\" y=\""
                    + f(row.y0() + SvgLayout.LANE_PAD + SvgLayout.TRACK / 2 + 4) + "\" data-lane=\""
                    + Xml.escape(row.lane().key()) + "\"><title>" + Xml.escape(row.lane().detail() + ": "
                    + count(row.lane().events().size(), "event")) + "</title>" + Xml.escape(row.label())
                    + "</text>\n");
        }
        out.write("</g>\n");
    }

    /** Each period shades every lane faintly, so events read against their background. */
    private void shading() throws IOException {
        if (layout.bands.isEmpty() || layout.lanes.isEmpty() || layout.bands.size() > SvgLayout.PERIODS_MAX) {
            return;
        }
        out.write("<g class=\"shading\">\n");
        int i = 0;
        for (Band band : layout.bands) {
            out.write("<rect x=\"" + f(band.x0()) + "\" y=\"" + f(layout.lanesTop) + "\" width=\""
                    + f(Math.max(1, band.x1() - band.x0())) + "\" height=\"" + f(layout.lanesBottom - layout.lanesTop)
                    + "\" fill=\"url(#band-" + i++ + ")\" fill-opacity=\"0.09\"/>\n");
        }
        out.write("</g>\n");
    }

    private void axis() throws IOException {
        TimeScale scale = layout.scale;
        double top = layout.axisY;
        out.write("<g class=\"axis\">\n");
        for (Tick tick : scale.ticks()) {
            out.write("<line class=\"grid\" x1=\"" + f(tick.x()) + "\" y1=\"" + f(top) + "\" x2=\"" + f(tick.x())
                    + "\" y2=\"" + f(layout.lanesBottom) + "\"/>\n");
            if (!tick.label().isEmpty()) {
                text(tick.x(), top - 5, "text-anchor=\"middle\" class=\"muted\"", tick.label());
            }
        }
        for (Tick label : scale.contextLabels()) {
            text(label.x(), top - 20, (label.anchor() == Anchor.MIDDLE ? "text-anchor=\"middle\" " : "")
                    + "class=\"context\"", label.label());
        }
        for (TimeScale.Segment s : scale.segments()) {
            out.write("<line x1=\"" + f(s.x0()) + "\" y1=\"" + f(top) + "\" x2=\"" + f(s.x1()) + "\" y2=\"" + f(top)
                    + "\" stroke=\"#777777\" stroke-width=\"1.5\"/>\n");
        }
        out.write("</g>\n");
    }

    private void breaks() throws IOException {
        out.write("<g class=\"breaks\">\n");
        for (TimeScale.Break cut : layout.scale.breaks()) {
            double x0 = cut.x0() + 2;
            double x1 = cut.x1() - 2;
            double top = layout.axisY - 6;
            out.write("<g class=\"break\"><title>" + Xml.escape(cut.skipped() + " left out: "
                    + TickUnit.dayLabel(cut.from()) + " to " + TickUnit.dayLabel(cut.to().minusDays(1)))
                    + "</title><rect x=\"" + f(x0) + "\" y=\"" + f(top) + "\" width=\"" + f(x1 - x0) + "\" height=\""
                    + f(layout.lanesBottom - top) + "\" fill=\"url(#break-hatch)\"/>");
            double mid = (x0 + x1) / 2;
            out.write("<path d=\"M" + f(mid - 5) + " " + f(layout.axisY + 5) + "L" + f(mid - 1) + " "
                    + f(layout.axisY - 5) + "M" + f(mid + 1) + " " + f(layout.axisY + 5) + "L" + f(mid + 5) + " "
                    + f(layout.axisY - 5) + "\" stroke=\"#777777\" stroke-width=\"1.5\" fill=\"none\"/></g>\n");
        }
        out.write("</g>\n");
    }

    private void bands() throws IOException {
        out.write("<g class=\"periods\">\n");
        int i = 0;
        for (Band band : layout.bands) {
            Event event = band.event();
            out.write("<g class=\"period\" data-event-id=\"" + Xml.escape(event.id()) + "\"><title>"
                    + Xml.escape(tooltip(event)) + "</title>");
            out.write("<rect x=\"" + f(band.x0()) + "\" y=\"" + f(band.y()) + "\" width=\""
                    + f(Math.max(1, band.x1() - band.x0())) + "\" height=\"" + f(band.h())
                    + "\" rx=\"" + f(band.h() / 5) + "\" fill=\"url(#band-" + i++ + ")\"/>");
            if (!band.label().isEmpty()) {
                boolean thin = band.h() < SvgLayout.BAND_HEIGHT;
                out.write("<text x=\"" + f(band.labelX()) + "\" y=\"" + f(band.y() + (thin ? 6.5 : 11)) + "\""
                        + (thin ? " font-size=\"7\"" : "") + ">" + Xml.escape(band.label()) + "</text>");
            }
            out.write("</g>\n");
        }
        out.write("</g>\n");
    }

    private void bins() throws IOException {
        if (layout.bins.isEmpty()) {
            return;
        }
        int most = layout.bins.stream().mapToInt(b -> b.events().size()).max().orElse(1);
        out.write("<g class=\"bins\">\n");
        for (Bin bin : layout.bins) {
            int n = bin.events().size();
            double shade = 0.25 + 0.75 * Math.log(n) / Math.log(Math.max(2, most));
            out.write("<g class=\"bin\" data-lane=\"" + Xml.escape(bin.lane().key()) + "\" data-event-ids=\""
                    + Xml.escape(bin.events().stream().map(Event::id).collect(Collectors.joining(" "))) + "\"><title>"
                    + Xml.escape(binTooltip(bin)) + "</title><rect x=\"" + f(bin.x0() + 0.5) + "\" y=\"" + f(bin.y0())
                    + "\" width=\"" + f(bin.x1() - bin.x0() - 1) + "\" height=\"" + f(bin.y1() - bin.y0())
                    + "\" fill=\"#3a3a5c\" fill-opacity=\"" + f3(Math.min(1, shade)) + "\"/></g>\n");
        }
        out.write("</g>\n");
    }

    private String binTooltip(Bin bin) {
        List<Event> events = bin.events();
        StringBuilder b = new StringBuilder();
        b.append(count(events.size(), "event")).append(" in ").append(bin.lane().label()).append(", ")
                .append(events.get(0).date()).append(" to ").append(events.get(events.size() - 1).date()).append(':');
        events.stream().limit(8).forEach(e -> b.append('\n').append(e.date()).append("  ").append(e.title()));
        if (events.size() > 8) {
            b.append("\n… and ").append(events.size() - 8).append(" more");
        }
        return b.toString();
    }

    private void marks() throws IOException {
        out.write("<g class=\"events\">\n");
        for (Mark mark : layout.marks) {
            Event event = mark.event();
            Palette p = Palette.of(event);
            DateLook look = mark.look();
            out.write("<g class=\"event\" data-event-id=\"" + Xml.escape(event.id()) + "\" data-lane=\""
                    + Xml.escape(mark.lane().key()) + "\"><title>" + Xml.escape(tooltip(event)) + "</title>");
            double cy = mark.cy();
            String dash = look.uncertain() ? " stroke-dasharray=\"2.5 1.5\"" : "";
            if (mark.point()) {
                double cx = (mark.x0() + mark.x1()) / 2;
                if (look.approximate()) {
                    out.write("<ellipse cx=\"" + f(cx) + "\" cy=\"" + f(cy) + "\" rx=\"12\" ry=\"9\" fill=\"url(#halo-"
                            + p.id() + ")\"/>");
                }
                shape(p, cx, cy, 6, look.uncertain() ? "#ffffff" : p.color(), look.uncertain() ? p.color() : INK,
                        look.uncertain() ? 1.8 : 1, dash);
            } else {
                double x0 = mark.x0();
                double width = mark.x1() - mark.x0();
                if (look.approximate()) {
                    out.write("<rect x=\"" + f(x0 - 7) + "\" y=\"" + f(cy - 8) + "\" width=\"" + f(width + 14)
                            + "\" height=\"16\" rx=\"8\" fill=\"url(#soft-" + p.id() + ")\"/>");
                }
                String fill = look.imprecise() ? "url(#hatch-" + p.id() + ")" : p.color();
                out.write("<rect x=\"" + f(x0) + "\" y=\"" + f(cy - 5) + "\" width=\"" + f(width)
                        + "\" height=\"10\" rx=\"2\" fill=\"" + fill + "\"" + (look.imprecise() ? ""
                        : " fill-opacity=\"0.45\"") + " stroke=\"" + p.color() + "\" stroke-width=\"1.2\"" + dash
                        + "/>");
                shape(p, x0 + 5, cy, 4, p.color(), INK, 0.8, "");
            }
            out.write("</g>\n");
        }
        out.write("</g>\n");
    }

    private void shape(Palette p, double cx, double cy, double r, String fill, String stroke, double strokeWidth,
            String dash) throws IOException {
        out.write(shapeOf(p, cx, cy, r, fill, stroke, strokeWidth, dash));
    }

    /** The element of {@code p}'s shape centred on {@code (cx, cy)}, {@code r} its rough radius. */
    static String shapeOf(Palette p, double cx, double cy, double r, String fill, String stroke, double strokeWidth,
            String dash) {
        String paint = " fill=\"" + fill + "\" stroke=\"" + stroke + "\" stroke-width=\"" + f(strokeWidth) + "\""
                + dash;
        return switch (p.shape()) {
            case CIRCLE -> "<circle cx=\"" + f(cx) + "\" cy=\"" + f(cy) + "\" r=\"" + f(r * 0.92) + "\""
                    + paint + "/>";
            case SQUARE -> "<rect x=\"" + f(cx - r * 0.85) + "\" y=\"" + f(cy - r * 0.85) + "\" width=\""
                    + f(r * 1.7) + "\" height=\"" + f(r * 1.7) + "\"" + paint + "/>";
            case DIAMOND -> "<path d=\"M" + f(cx) + " " + f(cy - r * 1.1) + "L" + f(cx + r * 1.1) + " "
                    + f(cy) + "L" + f(cx) + " " + f(cy + r * 1.1) + "L" + f(cx - r * 1.1) + " " + f(cy) + "Z\""
                    + paint + "/>";
            case TRIANGLE -> "<path d=\"M" + f(cx) + " " + f(cy - r * 1.1) + "L" + f(cx + r * 1.1) + " "
                    + f(cy + r * 0.9) + "L" + f(cx - r * 1.1) + " " + f(cy + r * 0.9) + "Z\"" + paint + "/>";
            case BAR -> "<rect x=\"" + f(cx - r * 1.1) + "\" y=\"" + f(cy - r * 0.45) + "\" width=\""
                    + f(r * 2.2) + "\" height=\"" + f(r * 0.9) + "\"" + paint + "/>";
        };
    }

    private void labels() throws IOException {
        out.write("<g class=\"labels\">\n");
        for (Label label : layout.labels) {
            if (label.hasLeader()) {
                double mid = label.box().y() + SvgLayout.LABEL_HEIGHT / 2;
                out.write("<path data-label-for=\"" + Xml.escape(label.event().id()) + "\" d=\"M" + f(label.leaderX())
                        + " " + f(label.leaderY()) + "V" + f(mid) + "H" + f(label.box().x() > label.leaderX()
                        ? label.box().x() - 1 : label.box().right() + 1)
                        + "\" fill=\"none\" stroke=\"#888888\" stroke-width=\"0.8\"/>\n");
            }
            out.write("<text data-label-for=\"" + Xml.escape(label.event().id()) + "\" x=\"" + f(label.box().x())
                    + "\" y=\"" + f(label.box().y() + 10) + "\"" + (label.title() ? "" : " class=\"muted\"") + ">"
                    + Xml.escape(label.text()) + "</text>\n");
        }
        out.write("</g>\n");
    }

    private void legend() throws IOException {
        out.write("<g class=\"legend\">\n");
        for (LegendEntry entry : layout.legend) {
            double x = entry.x();
            double cy = entry.y() + 6;
            Palette grey = Palette.VERBAL_COOPERATION;
            switch (entry.sample()) {
                case TYPE -> shape(entry.palette(), x + 10, cy, 6, entry.palette().color(), INK, 1, "");
                case EXACT -> shape(grey, x + 10, cy, 6, "#9a9a9a", INK, 1, "");
                case APPROXIMATE -> {
                    out.write("<ellipse cx=\"" + f(x + 10) + "\" cy=\"" + f(cy) + "\" rx=\"12\" ry=\"9\" "
                            + "fill=\"url(#halo-" + grey.id() + ")\"/>");
                    shape(grey, x + 10, cy, 6, "#9a9a9a", INK, 1, "");
                }
                case UNCERTAIN -> shape(grey, x + 10, cy, 6, "#ffffff", "#555555", 1.8,
                        " stroke-dasharray=\"2.5 1.5\"");
                case IMPRECISE -> out.write("<rect x=\"" + f(x) + "\" y=\"" + f(cy - 5) + "\" width=\"20\" "
                        + "height=\"10\" rx=\"2\" fill=\"url(#hatch-" + grey.id() + ")\" stroke=\"" + grey.color()
                        + "\"/>");
                case INTERVAL -> out.write("<rect x=\"" + f(x) + "\" y=\"" + f(cy - 5) + "\" width=\"20\" "
                        + "height=\"10\" rx=\"2\" fill=\"" + grey.color() + "\" fill-opacity=\"0.45\" stroke=\""
                        + grey.color() + "\"/>");
                case PERIOD -> out.write("<rect x=\"" + f(x) + "\" y=\"" + f(cy - 6) + "\" width=\"20\" height=\"12\" "
                        + "rx=\"3\" fill=\"#9a9a9a\" fill-opacity=\"0.35\"/>");
                case BREAK -> out.write("<rect x=\"" + f(x + 4) + "\" y=\"" + f(cy - 7) + "\" width=\"12\" "
                        + "height=\"14\" fill=\"url(#break-hatch)\" stroke=\"#cccccc\"/>");
                case BIN -> out.write("<rect x=\"" + f(x + 6) + "\" y=\"" + f(cy - 7) + "\" width=\"8\" height=\"14\" "
                        + "fill=\"#3a3a5c\" fill-opacity=\"0.6\"/>");
            }
            text(x + 24, cy + 4, "", entry.text());
        }
        out.write("</g>\n");
    }

    private void key() throws IOException {
        if (layout.key.isEmpty()) {
            return;
        }
        out.write("<g class=\"key\">\n");
        for (KeyEntry entry : layout.key) {
            double baseline = entry.y() + 11;
            out.write("<g data-key-for=\"" + Xml.escape(entry.event().id()) + "\">");
            text(entry.x() + 20, baseline, "text-anchor=\"end\" font-weight=\"bold\"", Integer.toString(
                    entry.number()));
            text(entry.x() + 26, baseline, "class=\"muted\"", entry.date());
            text(entry.titleX(), baseline, "", entry.title());
            out.write("</g>\n");
        }
        out.write("</g>\n");
    }

    /** Number and title, date (EDTF and in words), type, actors with roles, place and sources. */
    String tooltip(Event event) {
        StringBuilder b = new StringBuilder();
        b.append(layout.data.number(event)).append(". ").append(event.title()).append('\n');
        b.append(event.date()).append(" (").append(event.date().describe()).append(")\n");
        b.append(event.type().label());
        if (!event.actors().isEmpty()) {
            b.append("\nActors: ").append(event.actors().stream().map(this::actor).collect(Collectors.joining(", ")));
        }
        if (event.place() != null) {
            b.append("\nPlace: ").append(event.place());
        }
        if (!event.sources().isEmpty()) {
            b.append("\nSources: ").append(event.sources().stream().map(Source::citation)
                    .collect(Collectors.joining("; ")));
        }
        return b.toString();
    }

    private String actor(Participation p) {
        Actor actor = actors.get(p.actorId());
        return (actor == null ? p.actorId() : actor.name()) + " (" + p.role().id() + ")";
    }

    private void text(double x, double y, String attributes, String text) throws IOException {
        out.write("<text x=\"" + f(x) + "\" y=\"" + f(y) + "\"" + (attributes.isEmpty() ? "" : " " + attributes)
                + ">" + Xml.escape(text) + "</text>\n");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A coordinate with at most one decimal, the same on every machine. */
    static String f(double value) {
        long tenths = Math.round(value * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }

    private static String f3(double value) {
        return String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
