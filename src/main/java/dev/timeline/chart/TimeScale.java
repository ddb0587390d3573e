package dev.timeline.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A time axis from days to positions (pixels, or columns of a terminal): one rate for all of it, with long empty
 * stretches cut out as visible breaks. A curated timeline often has background periods decades back and a dense
 * crisis of a few weeks; a plain linear axis would crowd the crisis into a few pixels. So the axis is fitted to the
 * days that matter (every event's first day and the day after its last, see {@link #fit}): the largest empty gaps
 * between them are cut, largest first, until the events stand far enough apart or no cut pays for itself.
 *
 * <p>Positions are monotone in time: a day inside a break maps into the break, a day before the first segment to the
 * left edge, after the last to the right edge.
 */
public final class TimeScale {

    /**
     * How an axis is laid out, in the medium's unit (pixels, or terminal columns).
     *
     * @param breakWidth      width of a break between segments
     * @param minSegmentWidth least width of a segment, so that its start can be labelled
     * @param padding         room on either side of a segment's first and last day
     * @param maxBreaks       at most this many breaks
     * @param charWidth       width of one character of an axis label
     */
    public record Params(double breakWidth, double minSegmentWidth, double padding, int maxBreaks, double charWidth) {
    }

    /**
     * A stretch drawn at the common rate: key days {@code first..last} (epoch days), from {@code x0} to {@code x1},
     * the first day at {@code x0 + pad}.
     */
    public record Segment(long first, long last, double x0, double x1, double pad) {

        public LocalDate firstDay() {
            return LocalDate.ofEpochDay(first);
        }

        public LocalDate lastDay() {
            return LocalDate.ofEpochDay(last);
        }
    }

    /** A cut between two segments, from {@code x0} to {@code x1}; the days {@code from} (exclusive) to {@code to} (exclusive) are left out. */
    public record Break(double x0, double x1, LocalDate from, LocalDate to) {

        /** The time left out, for people: "22 years", "3 months", "9 days". */
        public String skipped() {
            long days = to.toEpochDay() - from.toEpochDay();
            if (days >= 730) {
                return Math.round(days / 365.25) + " years";
            }
            if (days >= 61) {
                return Math.round(days / 30.44) + " months";
            }
            return days + (days == 1 ? " day" : " days");
        }
    }

    /** Where a label's position is: its start, or its middle. */
    public enum Anchor {
        START, MIDDLE
    }

    /** A labelled point of the axis; {@code label} is empty for a tick whose label was thinned out. */
    public record Tick(double x, LocalDate day, String label, Anchor anchor) {
    }

    private final List<Segment> segments;
    private final double pixelsPerDay;
    private final double left;
    private final double right;
    private final Params params;
    private final TickUnit unit;

    private TimeScale(List<Segment> segments, double pixelsPerDay, double left, double right, Params params) {
        this.segments = List.copyOf(segments);
        this.pixelsPerDay = pixelsPerDay;
        this.left = left;
        this.right = right;
        this.params = params;
        this.unit = TickUnit.choose(pixelsPerDay, params.charWidth() * 4);
    }

    /**
     * Fits an axis from {@code left} to {@code right} to {@code keyDays}.
     *
     * <p>Cuts the largest gaps between consecutive key days, largest first, stopping at the fewest cuts that give
     * {@code targetPerDay} (or more) to each day; when no number of cuts reaches it, the number that gives the most.
     * A cut counts only if the gap it removes is at least twice as wide, at the resulting rate, as the room a break
     * takes (break and paddings): cutting three days out of a year-long axis would only confuse.
     *
     * @param keyDays      the days that must be on the axis, not empty
     * @param left         where the axis starts
     * @param right        where it ends, greater than {@code left}
     * @param targetPerDay the width one day should ideally get, e.g. a marker's width when events are a day apart
     * @param params       widths of breaks, segments and labels
     * @return the scale, not null
     * @throws IllegalArgumentException when {@code keyDays} is empty or {@code right <= left}
     */
    public static TimeScale fit(Collection<LocalDate> keyDays, double left, double right, double targetPerDay,
            Params params) {
        Objects.requireNonNull(params, "params");
        if (keyDays.isEmpty()) {
            throw new IllegalArgumentException("an axis needs at least one day");
        }
        if (!(right > left)) {
            throw new IllegalArgumentException("an axis needs room: " + left + ".." + right);
        }
        TreeSet<Long> sorted = new TreeSet<>();
        keyDays.forEach(d -> sorted.add(d.toEpochDay()));
        if (sorted.size() == 1) {
            sorted.add(sorted.first() + 1);
        }
        long[] keys = sorted.stream().mapToLong(Long::longValue).toArray();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i + 1 < keys.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingLong(i -> keys[i] - keys[i + 1]).thenComparing(i -> i));
        double width = right - left;
        boolean[] cut = new boolean[keys.length];
        boolean[] bestCut = cut.clone();
        double bestRate = rate(keys, cut, 0, width, params);
        int maxCuts = Math.min(params.maxBreaks(), order.size());
        for (int m = 1; m <= maxCuts && bestRate < targetPerDay; m++) {
            cut[order.get(m - 1)] = true;
            double rate = rate(keys, cut, m, width, params);
            if (rate <= 0) {
                break; // the segments' least widths no longer fit: more cuts only add more
            }
            if (worthIt(keys, cut, rate, params) && rate > bestRate) {
                bestRate = rate;
                bestCut = cut.clone();
            }
        }
        return new TimeScale(layout(keys, bestCut, bestRate, left, params), bestRate, left, right, params);
    }

    /** The rate at which the cut segments fill {@code width}; 0 or less when they cannot. */
    private static double rate(long[] keys, boolean[] cut, int cuts, double width, Params p) {
        List<Long> lengths = lengths(keys, cut);
        long total = lengths.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return 0; // nothing left to spread: cutting away all time is no axis
        }
        double fixed = cuts * p.breakWidth();
        if (needed(lengths, 0, p) + fixed > width) {
            return 0;
        }
        double low = 0;
        double high = width / total;
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (needed(lengths, mid, p) + fixed <= width) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static double needed(List<Long> lengths, double rate, Params p) {
        double sum = 0;
        for (long length : lengths) {
            sum += Math.max(p.minSegmentWidth(), length * rate + 2 * p.padding());
        }
        return sum;
    }

    private static List<Long> lengths(long[] keys, boolean[] cut) {
        List<Long> lengths = new ArrayList<>();
        long start = keys[0];
        for (int i = 0; i + 1 < keys.length; i++) {
            if (cut[i]) {
                lengths.add(keys[i] - start);
                start = keys[i + 1];
            }
        }
        lengths.add(keys[keys.length - 1] - start);
        return lengths;
    }

    private static boolean worthIt(long[] keys, boolean[] cut, double rate, Params p) {
        for (int i = 0; i + 1 < keys.length; i++) {
            if (cut[i] && (keys[i + 1] - keys[i]) * rate < 2 * (p.breakWidth() + 2 * p.padding())) {
                return false;
            }
        }
        return true;
    }

    private static List<Segment> layout(long[] keys, boolean[] cut, double rate, double left, Params p) {
        List<Segment> segments = new ArrayList<>();
        double x = left;
        long start = keys[0];
        for (int i = 0; i < keys.length; i++) {
            if (i == keys.length - 1 || cut[i]) {
                long length = keys[i] - start;
                double width = Math.max(p.minSegmentWidth(), length * rate + 2 * p.padding());
                segments.add(new Segment(start, keys[i], x, x + width, (width - length * rate) / 2));
                x += width + p.breakWidth();
                if (i + 1 < keys.length) {
                    start = keys[i + 1];
                }
            }
        }
        return segments;
    }

    /** Where {@code day} begins (its midnight). */
    public double x(LocalDate day) {
        return x((double) day.toEpochDay());
    }

    /** Where the middle of {@code day} is: a one-day event's marker. */
    public double middle(LocalDate day) {
        return x(day.toEpochDay() + 0.5);
    }

    /** Where the fractional epoch day {@code epochDay} is; clamped to the axis. */
    public double x(double epochDay) {
        Segment first = segments.get(0);
        if (epochDay < first.first()) {
            return Math.max(left, at(first, epochDay));
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (epochDay <= s.last()) {
                return at(s, epochDay);
            }
            if (i + 1 < segments.size() && epochDay < segments.get(i + 1).first()) {
                Segment next = segments.get(i + 1);
                double from = at(s, s.last());
                double to = at(next, next.first());
                return from + (epochDay - s.last()) / (next.first() - s.last()) * (to - from);
            }
        }
        Segment last = segments.get(segments.size() - 1);
        return Math.min(right, at(last, epochDay));
    }

    private double at(Segment s, double epochDay) {
        return s.x0() + s.pad() + (epochDay - s.first()) * pixelsPerDay;
    }

    /** The common rate: width per day inside segments. */
    public double pixelsPerDay() {
        return pixelsPerDay;
    }

    public double left() {
        return left;
    }

    public double right() {
        return right;
    }

    /** The first day on the axis. */
    public LocalDate firstDay() {
        return segments.get(0).firstDay();
    }

    /** The last key day on the axis (the day after the last event ends). */
    public LocalDate lastDay() {
        return segments.get(segments.size() - 1).lastDay();
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The cuts, left to right. */
    public List<Break> breaks() {
        List<Break> breaks = new ArrayList<>();
        for (int i = 0; i + 1 < segments.size(); i++) {
            Segment a = segments.get(i);
            Segment b = segments.get(i + 1);
            breaks.add(new Break(a.x1(), b.x0(), a.lastDay(), b.firstDay()));
        }
        return breaks;
    }

    /** The unit ticks step by. */
    public TickUnit unit() {
        return unit;
    }

    /**
     * The ticks inside segments, each labelled with {@link TickUnit#label} where that label does not crowd the one
     * before it (else with ""), left to right. A segment of one day gets none: its label in
     * {@link #contextLabels()} says which day it is.
     */
    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (Segment s : segments) {
            if (s.last() - s.first() <= 1 && segments.size() > 1) {
                continue;
            }
            for (LocalDate day : unit.ticks(s.firstDay(), s.lastDay())) {
                double x = x(day);
                String label = unit.label(day);
                double half = label.length() * params.charWidth() / 2;
                boolean fits = x - half >= lastEnd + params.charWidth();
                ticks.add(new Tick(x, day, fits ? label : "", Anchor.MIDDLE));
                if (fits) {
                    lastEnd = x + half;
                }
            }
        }
        return ticks;
    }

    /**
     * The second row of labels, which says where the ticks are: each segment's start as precisely as its calendar
     * boundary ({@link TickUnit#boundaryLabel}: "2013", "Oct 2022", "13 Mar 2023"; centred on a segment of one
     * day), then the month or year under the ticks that start one ("Apr 2023"), each kept only where it does not
     * overlap one kept before. Sorted left to right.
     */
    public List<Tick> contextLabels() {
        List<Tick> kept = new ArrayList<>();
        List<double[]> boxes = new ArrayList<>();
        for (Tick tick : contextCandidates()) {
            double width = tick.label().length() * params.charWidth();
            double start = tick.anchor() == Anchor.MIDDLE ? tick.x() - width / 2 : tick.x();
            double[] box = {start - params.charWidth(), start + width + params.charWidth()};
            if (boxes.stream().noneMatch(b -> b[0] < box[1] && box[0] < b[1])) {
                boxes.add(box);
                kept.add(tick);
            }
        }
        kept.sort(Comparator.comparingDouble(Tick::x));
        return kept;
    }

    /**
     * Every label {@link #contextLabels()} chooses from, before thinning: the segments' starts, left to right, then
     * the month or year labels under the ticks.
     */
    public List<Tick> contextCandidates() {
        List<Tick> wanted = new ArrayList<>();
        for (Segment s : segments) {
            boolean point = s.last() - s.first() <= 1;
            wanted.add(new Tick(point ? (s.x0() + s.x1()) / 2 : x(s.firstDay()), s.firstDay(),
                    TickUnit.boundaryLabel(s.firstDay()), point ? Anchor.MIDDLE : Anchor.START));
        }
        if (unit.compareTo(TickUnit.YEAR) < 0) {
            for (Segment s : segments) {
                for (LocalDate day : unit.ticks(s.firstDay(), s.lastDay())) {
                    if (unit.startsContext(day) && !day.equals(s.firstDay())) {
                        wanted.add(new Tick(x(day), day, unit.contextLabel(day), Anchor.START));
                    }
                }
            }
        }
        return wanted;
    }
}
