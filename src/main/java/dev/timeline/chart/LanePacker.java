package dev.timeline.chart;

import dev.timeline.model.Event;
import dev.timeline.query.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out one lane: each event's mark goes to the first track (sub-row) where it overlaps nothing; where more marks
 * crowd together than the lane has tracks, the crowded stretch becomes density bins instead: one mark per bin that
 * counts the events in it. A bin is a fixed slice of the axis, so a dense region reads as a strip whose darkness
 * shows how many events fell there.
 */
final class LanePacker {

    /** One event's mark in a lane: {@code x0..x1} across, centred on track {@code track}. */
    record Placed(Event event, double x0, double x1, DateLook look, int track) {

        boolean point() {
            return !look.span();
        }

        double centre() {
            return (x0 + x1) / 2;
        }
    }

    /** The events gathered in one bin, {@code x0..x1} across. */
    record Gathered(double x0, double x1, List<Event> events) {
    }

    /** A lane's marks, bins and the number of tracks it needs (at least 1). */
    record Packed(List<Placed> marks, List<Gathered> bins, int tracks) {
    }

    private final TimeScale scale;
    private final double markerWidth;
    private final double gap;
    private final double binWidth;

    LanePacker(TimeScale scale, double markerWidth, double gap, double binWidth) {
        this.scale = scale;
        this.markerWidth = markerWidth;
        this.gap = gap;
        this.binWidth = binWidth;
    }

    /** Where {@code event}'s mark goes across: a marker centred on its day, or a bar over its span. */
    double[] extent(Event event) {
        DateLook look = DateLook.of(event.date());
        if (!look.span()) {
            double centre = scale.middle(event.date().earliest());
            return new double[] {centre - markerWidth / 2, centre + markerWidth / 2};
        }
        LocalDate last = event.date().latest();
        double x0 = scale.x(event.date().earliest());
        double x1 = scale.x(last.plusDays(1));
        if (x1 - x0 < markerWidth) {
            double centre = (x0 + x1) / 2;
            x0 = centre - markerWidth / 2;
            x1 = centre + markerWidth / 2;
        }
        return new double[] {x0, x1};
    }

    /** Packs {@code events} into at most {@code maxTracks} tracks, gathering what does not fit into bins. */
    Packed pack(List<Event> events, int maxTracks) {
        List<Placed> marks = new ArrayList<>();
        for (Event event : events) {
            double[] x = extent(event);
            marks.add(new Placed(event, x[0], x[1], DateLook.of(event.date()), -1));
        }
        marks.sort(Comparator.comparingDouble(Placed::x0).thenComparing(p -> p.event().date())
                .thenComparing(p -> p.event().id()));
        double[] ends = new double[maxTracks];
        Arrays.fill(ends, Double.NEGATIVE_INFINITY);
        List<Placed> placed = new ArrayList<>();
        List<Placed> overflow = new ArrayList<>();
        for (Placed mark : marks) {
            int track = -1;
            for (int t = 0; t < maxTracks; t++) {
                if (ends[t] + gap <= mark.x0()) {
                    track = t;
                    break;
                }
            }
            if (track < 0) {
                overflow.add(mark);
            } else {
                ends[track] = mark.x1();
                placed.add(new Placed(mark.event(), mark.x0(), mark.x1(), mark.look(), track));
            }
        }
        if (overflow.isEmpty()) {
            int tracks = placed.stream().mapToInt(Placed::track).max().orElse(0) + 1;
            return new Packed(placed, List.of(), tracks);
        }
        // every mark whose centre falls in a bin that overflowed joins that bin, so a bin counts all it covers; when
        // more than one mark in twenty overflows, the whole lane becomes bins: a strip of marks broken by bins here
        // and there reads worse than a density strip
        boolean whole = overflow.size() * 20 > marks.size();
        TreeMap<Long, List<Event>> bins = new TreeMap<>();
        (whole ? marks : overflow).forEach(m -> bins.put(bin(m.centre()), new ArrayList<>()));
        List<Placed> kept = new ArrayList<>();
        for (Placed mark : placed) {
            List<Event> bin = bins.get(bin(mark.centre()));
            if (bin == null) {
                kept.add(mark);
            } else {
                bin.add(mark.event());
            }
        }
        overflow.forEach(m -> bins.get(bin(m.centre())).add(m.event()));
        List<Gathered> gathered = new ArrayList<>();
        for (Map.Entry<Long, List<Event>> bin : bins.entrySet()) {
            double x0 = scale.left() + bin.getKey() * binWidth;
            List<Event> inBin = bin.getValue();
            inBin.sort(Timeline.ORDER);
            gathered.add(new Gathered(x0, x0 + binWidth, List.copyOf(inBin)));
        }
        int tracks = Math.max(2, kept.stream().mapToInt(Placed::track).max().orElse(0) + 1);
        return new Packed(kept, gathered, Math.min(tracks, maxTracks));
    }

    private long bin(double x) {
        return (long) Math.floor((x - scale.left()) / binWidth);
    }
}
