package dev.timeline.chart;

import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where everything of an SVG chart goes, in pixels: header, axis, background bands, lanes with their marks and
 * density bins, labels, legend and the numbered key. {@link SvgWriter} only draws what this decides.
 *
 * <p>From top to bottom: the dataset's title, the query and a summary; the time axis (tick labels, and a row that
 * says which month or year they are in); one row per background period (a band with its label, also shading every
 * lane faintly); the lanes; the legend; and, for up to {@value #KEY_MAX} events, a numbered key of every event.
 * Each event is labelled once with its number and title, in its primary lane (its first actor's) where there is room,
 * else with its number alone; its marks in other lanes carry its number where there is room. Labels never overlap
 * each other or any mark. Last, when some shown event has a point, a map panel of them ({@link MapPanel}); a chart
 * with no such event is laid out as if maps did not exist.
 */
public final class SvgLayout {

    /**
     * Events beyond this many get no numbered key (it would be longer than the chart) and no titles staggered below
     * their marks: titles go only where there is room beside a mark.
     */
    public static final int KEY_MAX = 60;

    /** Beyond this many background periods, they are drawn in thin unlabelled rows and do not shade the lanes. */
    public static final int PERIODS_MAX = 12;

    /** At most this many rows of thin periods; more periods share rows (they overlap). */
    static final int THIN_ROWS_MAX = 12;

    static final double MARGIN = 16;
    static final double RIGHT = 28;
    static final double MARKER = 12;
    static final double TRACK = 22;
    static final double LANE_PAD = 4;
    static final double BIN = 8;
    static final double BAND_ROW = 19;
    static final double BAND_HEIGHT = 15;
    static final double THIN_ROW = 10;
    static final double THIN_HEIGHT = 8;
    static final double LABEL_SIZE = 11;
    static final double LABEL_HEIGHT = 13;
    static final double KEY_ROW = 15;
    static final double LEGEND_ROW = 20;
    static final int TRACKS = 5;

    /** A lane's box, top to bottom. */
    public record LaneRow(Lane lane, double y0, double y1, String label) {
    }

    /** An event's mark in a lane; {@code cy} is the middle of its track. */
    public record Mark(Event event, Lane lane, double x0, double x1, double cy, DateLook look) {

        public boolean point() {
            return !look.span();
        }

        Box box() {
            return new Box(x0 - 1, cy - MARKER / 2 - 1, x1 - x0 + 2, MARKER + 2);
        }
    }

    /** Events gathered in a slice of a lane. */
    public record Bin(Lane lane, double x0, double x1, double y0, double y1, List<Event> events) {
    }

    /**
     * A text placed without overlap; {@code box} is where it is drawn (its baseline is 10 px below the top). A label
     * staggered below its mark has a leader line from {@code (leaderX, leaderY)} down to its left edge; else
     * {@code leaderY} is NaN.
     */
    public record Label(String text, Box box, Event event, boolean title, double leaderX, double leaderY) {

        public boolean hasLeader() {
            return !Double.isNaN(leaderY);
        }
    }

    /** A background period: {@code x0..x1} across its row, fading in or out where its span is open. */
    public record Band(Event event, double x0, double x1, double y, double h, boolean fadeIn, boolean fadeOut,
            String label, double labelX) {
    }

    /** One line of the numbered key. */
    public record KeyEntry(Event event, int number, double x, double y, String date, double titleX, String title) {
    }

    /** One entry of the legend: what it explains, where its sample is drawn. */
    public record LegendEntry(LegendSample sample, Palette palette, String text, double x, double y) {
    }

    /** The kinds of sample a legend shows. */
    public enum LegendSample {
        TYPE, EXACT, APPROXIMATE, UNCERTAIN, IMPRECISE, INTERVAL, PERIOD, BREAK, BIN
    }

    final ChartData data;
    final double width;
    final double height;
    final double plotLeft;
    final double plotRight;
    final TimeScale scale;
    final double axisY;
    final double bandsTop;
    final double lanesTop;
    final double lanesBottom;
    final List<Band> bands;
    final List<LaneRow> lanes;
    final List<Mark> marks;
    final List<Bin> bins;
    final List<Label> labels;
    final List<LegendEntry> legend;
    final List<KeyEntry> key;
    final MapPanel map;
    final String summary;

    private SvgLayout(Builder b) {
        this.data = b.data;
        this.width = b.width;
        this.height = b.height;
        this.plotLeft = b.plotLeft;
        this.plotRight = b.plotRight;
        this.scale = b.scale;
        this.axisY = b.axisY;
        this.bandsTop = b.bandsTop;
        this.lanesTop = b.lanesTop;
        this.lanesBottom = b.lanesBottom;
        this.bands = List.copyOf(b.bands);
        this.lanes = List.copyOf(b.lanes);
        this.marks = List.copyOf(b.marks);
        this.bins = List.copyOf(b.bins);
        this.labels = List.copyOf(b.labels);
        this.legend = List.copyOf(b.legend);
        this.key = List.copyOf(b.key);
        this.map = b.map;
        this.summary = b.summary;
    }

    /**
     * Lays out {@code data} in a chart {@code width} pixels wide and {@code height} tall, or as tall as it needs when
     * {@code height} is null, with a map panel where some event has a point. A given height is met by giving lanes
     * fewer tracks (gathering more into bins) and, if that is not enough, leaving out the key, then the map.
     *
     * @throws IllegalArgumentException when even one track per lane and no key do not fit {@code height}; its
     *     message names the height needed
     */
    public static SvgLayout of(ChartData data, int width, Integer height) {
        return of(data, width, height, true);
    }

    /** As {@link #of(ChartData, int, Integer)}, with no map panel at all when {@code map} is false. */
    public static SvgLayout of(ChartData data, int width, Integer height, boolean map) {
        if (height == null) {
            return new Builder(data, width, TRACKS, true, map).build(null);
        }
        double least = Double.MAX_VALUE;
        for (boolean withMap : map ? new boolean[] {true, false} : new boolean[] {false}) {
            for (boolean withKey : new boolean[] {true, false}) {
                for (int tracks = TRACKS + 3; tracks >= 1; tracks--) {
                    Builder builder = new Builder(data, width, tracks, withKey, withMap);
                    double needed = builder.needed();
                    if (needed <= height) {
                        return builder.build((double) height);
                    }
                    least = Math.min(least, needed);
                }
            }
        }
        throw new IllegalArgumentException("--height " + height + " is too small for this chart: it needs at least "
                + (int) Math.ceil(least) + " pixels");
    }

    public ChartData data() {
        return data;
    }

    public List<Mark> marks() {
        return marks;
    }

    public List<Bin> bins() {
        return bins;
    }

    public List<Label> labels() {
        return labels;
    }

    public List<Band> bands() {
        return bands;
    }

    public List<LaneRow> lanes() {
        return lanes;
    }

    public List<KeyEntry> key() {
        return key;
    }

    /** The map panel, or null when no shown event has a point or maps were turned off. */
    MapPanel map() {
        return map;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The time axis, or null for a chart with no events. */
    public TimeScale scale() {
        return scale;
    }

    /** Computes the layout top to bottom. */
    private static final class Builder {
        final ChartData data;
        final double width;
        final int tracks;
        final boolean withKey;
        final boolean withMap;
        double height;
        double plotLeft;
        double plotRight;
        TimeScale scale;
        double axisY;
        double bandsTop;
        double lanesTop;
        double lanesBottom;
        double bottom;
        String summary;
        final List<Band> bands = new ArrayList<>();
        final List<LaneRow> lanes = new ArrayList<>();
        final List<Mark> marks = new ArrayList<>();
        final List<Bin> bins = new ArrayList<>();
        final List<Label> labels = new ArrayList<>();
        final List<LegendEntry> legend = new ArrayList<>();
        final List<KeyEntry> key = new ArrayList<>();
        MapPanel map;

        Builder(ChartData data, int width, int tracks, boolean withKey, boolean withMap) {
            this.data = data;
            this.width = width;
            this.tracks = tracks;
            this.withKey = withKey;
            this.withMap = withMap;
            layout();
        }

        double needed() {
            return bottom + MARGIN;
        }

        SvgLayout build(Double fixedHeight) {
            height = fixedHeight == null ? needed() : fixedHeight;
            return new SvgLayout(this);
        }

        private void layout() {
            summary = summary();
            double y = 92;
            if (data.events().isEmpty()) {
                bottom = y + 60;
                return;
            }
            double gutter = 0;
            for (Lane lane : data.lanes()) {
                gutter = Math.max(gutter, TextWidth.of(lane.label(), 12, true));
            }
            gutter = Math.min(Math.max(gutter + 18, 90), 200);
            plotLeft = MARGIN + gutter;
            plotRight = width - RIGHT;
            List<LocalDate> keyDays = data.keyDays();
            if (keyDays.isEmpty()) {
                keyDays = List.of(LocalDate.of(2000, 1, 1)); // only ../.. dates: bands span the width, no ticks
            }
            // a segment's least width holds its label ("Oct 2022") at 1200 px; narrower charts make do with less
            double plot = plotRight - plotLeft;
            scale = TimeScale.fit(keyDays, plotLeft, plotRight, data.targetPerDay(MARKER + 2),
                    new TimeScale.Params(plot < 700 ? 10 : 14, Math.max(32, Math.min(60, plot / 16)), 8, 12, 6.6));
            axisY = y + 34;
            bandsTop = axisY + 8;
            y = bands(bandsTop);
            lanesTop = y + (bands.isEmpty() ? 0 : 6);
            y = lanes(lanesTop);
            lanesBottom = y;
            y = legend(y + 16);
            if (withKey && data.events().size() <= KEY_MAX) {
                y = key(y + 8);
            }
            if (withMap) {
                map = MapPanel.of(data, MARGIN, y + 10, width - 2 * MARGIN);
                y = map == null ? y : map.bottom();
            }
            bottom = y;
        }

        private String summary() {
            int periods = data.periods().size();
            int inLanes = data.events().size() - periods;
            if (data.events().isEmpty()) {
                return "No events match.";
            }
            StringBuilder s = new StringBuilder();
            s.append(count(data.events().size(), "event"));
            if (periods > 0) {
                s.append(": ").append(inLanes).append(" in ").append(count(data.lanes().size(), "lane")).append(", ")
                        .append(count(periods, "background period"));
            } else {
                s.append(" in ").append(count(data.lanes().size(), "lane"));
            }
            s.append(switch (data.mode()) {
                case ACTOR -> " · a lane per top-level actor (its ministries, forces and people included)";
                case COUNTRY -> " · a lane per country of the actors";
                case TYPE -> " · a lane per event type";
                case DATASET -> " · a lane per dataset read";
            });
            return s.toString();
        }

        /**
         * One row per period where its label fits, packed so that periods and labels do not overlap; beyond
         * {@value #PERIODS_MAX} periods, thin rows labelled only where the label fits inside the period, at most
         * {@value #THIN_ROWS_MAX} of them (the rest share the row that frees up first).
         */
        private double bands(double top) {
            boolean thin = data.periods().size() > PERIODS_MAX;
            double rowHeight = thin ? THIN_ROW : BAND_ROW;
            List<Double> rowEnds = new ArrayList<>();
            for (Event event : data.periods()) {
                boolean fadeIn = event.date().isOpenStart();
                boolean fadeOut = event.date().isOpenEnd();
                double x0 = fadeIn ? plotLeft : scale.x(event.date().earliest());
                double x1 = fadeOut ? plotRight : Math.max(x0 + 2, scale.x(event.date().latest().plusDays(1)));
                String text = data.number(event) + "  " + event.title() + "  " + event.date();
                String label;
                double labelX;
                double from;
                double to;
                if (thin) {
                    label = TextWidth.of(event.title(), 7, false) + 8 <= x1 - x0 ? event.title() : "";
                    labelX = x0 + 4;
                    from = x0;
                    to = x1;
                } else {
                    label = TextWidth.fit(text, plotRight - plotLeft - 8, LABEL_SIZE, false);
                    double labelWidth = TextWidth.of(label, LABEL_SIZE, false);
                    labelX = Math.max(plotLeft + 2, Math.min(x0 + 4, plotRight - labelWidth - 2));
                    from = Math.min(x0, labelX);
                    to = Math.max(x1, labelX + labelWidth + 4);
                }
                int row = 0;
                while (row < rowEnds.size() && rowEnds.get(row) + 6 > from) {
                    row++;
                }
                if (row == rowEnds.size() && thin && row >= THIN_ROWS_MAX) {
                    row = 0;
                    for (int r = 1; r < rowEnds.size(); r++) {
                        row = rowEnds.get(r) < rowEnds.get(row) ? r : row;
                    }
                    label = ""; // it overlaps another period: its label could too
                }
                if (row == rowEnds.size()) {
                    rowEnds.add(to);
                } else {
                    rowEnds.set(row, Math.max(rowEnds.get(row), to));
                }
                bands.add(new Band(event, x0, x1, top + row * rowHeight, thin ? THIN_HEIGHT : BAND_HEIGHT, fadeIn,
                        fadeOut, label, labelX));
            }
            return top + rowEnds.size() * rowHeight;
        }

        private double lanes(double top) {
            LanePacker packer = new LanePacker(scale, MARKER, 3, BIN);
            LaneLabeller labeller = new LaneLabeller(data);
            int labelRows = data.events().size() > KEY_MAX ? 0 : Math.min(5, tracks);
            double y = top;
            for (Lane lane : data.lanes()) {
                LanePacker.Packed packed = packer.pack(lane.events(), tracks);
                List<Mark> laneMarks = new ArrayList<>();
                for (LanePacker.Placed p : packed.marks()) {
                    laneMarks.add(new Mark(p.event(), lane, p.x0(), p.x1(), y + LANE_PAD + (p.track() + 0.5) * TRACK,
                            p.look()));
                }
                List<Bin> laneBins = new ArrayList<>();
                for (LanePacker.Gathered g : packed.bins()) {
                    laneBins.add(new Bin(lane, g.x0(), g.x1(), y + LANE_PAD, y + LANE_PAD + packed.tracks() * TRACK,
                            g.events()));
                }
                double marksBottom = y + packed.tracks() * TRACK + 2 * LANE_PAD;
                Box bounds = new Box(plotLeft, y + 1, width - 4 - plotLeft,
                        marksBottom + labelRows * TRACK - y - 2);
                List<Label> laneLabels = labeller.label(lane, laneMarks, laneBins, bounds);
                labels.addAll(laneLabels);
                double labelsBottom = laneLabels.stream().mapToDouble(l -> l.box().bottom()).max().orElse(y);
                double y1 = Math.max(marksBottom, labelsBottom + LANE_PAD);
                marks.addAll(laneMarks);
                bins.addAll(laneBins);
                lanes.add(new LaneRow(lane, y, y1, TextWidth.fit(lane.label(), plotLeft - MARGIN - 12, 12, true)));
                y = y1;
            }
            return y;
        }

        private double legend(double top) {
            Map<Palette, TreeSet<String>> types = new EnumMap<>(Palette.class);
            boolean exact = false;
            boolean approximate = false;
            boolean uncertain = false;
            boolean imprecise = false;
            boolean interval = false;
            // what is drawn, not what was selected: events gathered into bins show no type or date style
            for (Event event : marks.stream().map(Mark::event).distinct().toList()) {
                types.computeIfAbsent(Palette.of(event), k -> new TreeSet<>()).add(typeName(event.type()));
                DateLook look = DateLook.of(event.date());
                exact |= !look.fuzzy() && !look.span();
                approximate |= look.approximate();
                uncertain |= look.uncertain();
                imprecise |= look.imprecise();
                interval |= look.span() && !look.imprecise();
            }
            List<LegendEntry> wanted = new ArrayList<>();
            types.forEach((palette, names) -> wanted.add(new LegendEntry(LegendSample.TYPE, palette,
                    palette.label() + ": " + String.join(", ", names), 0, 0)));
            addIf(wanted, exact, LegendSample.EXACT, "exact day");
            addIf(wanted, approximate, LegendSample.APPROXIMATE, "about (~)");
            addIf(wanted, uncertain, LegendSample.UNCERTAIN, "possibly (?)");
            addIf(wanted, imprecise, LegendSample.IMPRECISE, "some time in this span (month, year…)");
            addIf(wanted, interval, LegendSample.INTERVAL, "lasting this span");
            boolean unclassed = data.periods().stream().anyMatch(e -> Palette.of(e) == Palette.NONE);
            addIf(wanted, !data.periods().isEmpty(), LegendSample.PERIOD, "background period (fades where open"
                    + (unclassed ? "; grey: no quad class)" : ")"));
            addIf(wanted, !scale.breaks().isEmpty(), LegendSample.BREAK, "time left out");
            addIf(wanted, !bins.isEmpty(), LegendSample.BIN, "many events (darker: more)");
            double x = MARGIN;
            double y = top;
            for (LegendEntry entry : wanted) {
                String text = TextWidth.fit(entry.text(), width - 2 * MARGIN - 30, LABEL_SIZE, false);
                double w = 24 + TextWidth.of(text, LABEL_SIZE, false) + 18;
                if (x > MARGIN && x + w > width - MARGIN) {
                    x = MARGIN;
                    y += LEGEND_ROW;
                }
                legend.add(new LegendEntry(entry.sample(), entry.palette(), text, x, y));
                x += w;
            }
            return y + LEGEND_ROW;
        }

        private static void addIf(List<LegendEntry> entries, boolean present, LegendSample sample, String text) {
            if (present) {
                entries.add(new LegendEntry(sample, null, text, 0, 0));
            }
        }

        private static String typeName(EventType type) {
            return type.label().toLowerCase(Locale.ROOT);
        }

        private double key(double top) {
            List<Event> events = data.events();
            int columns = Math.max(1, (int) ((width - 2 * MARGIN) / 360));
            int rows = (events.size() + columns - 1) / columns;
            double columnWidth = (width - 2 * MARGIN) / columns;
            double dateWidth = 0;
            for (Event event : events) {
                dateWidth = Math.max(dateWidth, TextWidth.of(event.date().toString(), LABEL_SIZE, false));
            }
            for (int i = 0; i < events.size(); i++) {
                Event event = events.get(i);
                double x = MARGIN + (i / rows) * columnWidth;
                double y = top + (i % rows) * KEY_ROW;
                double titleRoom = columnWidth - 26 - dateWidth - 10 - 12;
                key.add(new KeyEntry(event, i + 1, x, y, event.date().toString(), x + 26 + dateWidth + 10,
                        TextWidth.fit(event.title(), titleRoom, LABEL_SIZE, false)));
            }
            return top + rows * KEY_ROW;
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }
}
