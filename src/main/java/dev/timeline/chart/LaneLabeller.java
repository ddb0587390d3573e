package dev.timeline.chart;

import static dev.timeline.chart.SvgLayout.KEY_MAX;
import static dev.timeline.chart.SvgLayout.LABEL_HEIGHT;
import static dev.timeline.chart.SvgLayout.LABEL_SIZE;
import static dev.timeline.chart.SvgLayout.MARKER;
import static dev.timeline.chart.SvgLayout.TRACK;

import dev.timeline.chart.SvgLayout.Bin;
import dev.timeline.chart.SvgLayout.Label;
import dev.timeline.chart.SvgLayout.Mark;
import dev.timeline.query.Timeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Labels the marks of one lane so that no label overlaps another label, a mark or a bin. Each event's title goes
 * in its primary lane: right of its mark, else in a row below it with a leader line, else only its number; the
 * event's marks in other lanes get its number where there is room. Titles are placed latest first, so those below
 * their marks form a staircase whose leaders never cross a title.
 */
final class LaneLabeller {

    /** Titles are cut to this width. */
    static final double TITLE_WIDTH = 250;

    private final ChartData data;

    LaneLabeller(ChartData data) {
        this.data = data;
    }

    /**
     * Labels one lane whose marks and bins are placed, inside {@code bounds}: the titles of the events whose
     * primary lane it is (else their numbers), then the numbers of the others.
     */
    List<Label> label(Lane lane, List<Mark> laneMarks, List<Bin> laneBins, Box bounds) {
        List<Label> labels = new ArrayList<>();
        LabelPlacer placer = new LabelPlacer();
        laneMarks.forEach(m -> placer.block(m.box()));
        laneBins.forEach(b -> placer.block(new Box(b.x0(), b.y0(), b.x1() - b.x0(), b.y1() - b.y0())));
        List<Mark> primary = new ArrayList<>();
        List<Mark> others = new ArrayList<>();
        for (Mark mark : laneMarks) {
            (lane == data.primaryLane(mark.event()) ? primary : others).add(mark);
        }
        Comparator<Mark> byDate = Comparator.comparing(Mark::event, Timeline.ORDER);
        // latest first: titles staggered below their marks then form a staircase, the leaders of earlier marks
        // passing beside the titles placed before them, never through one
        primary.sort(byDate.reversed());
        others.sort(byDate);
        boolean numbered = data.events().size() <= KEY_MAX;
        List<Mark> untitled = new ArrayList<>();
        for (int i = 0; i < primary.size(); i++) {
            Mark mark = primary.get(i);
            String title = TextWidth.fit((numbered ? data.number(mark.event()) + " " : "") + mark.event().title(),
                    TITLE_WIDTH, LABEL_SIZE, false);
            // no deeper than the titles still to place could need: the staircase climbs as it goes left; past
            // KEY_MAX events there is no staircase, only titles beside their marks
            Label label = place(placer, labels, bounds, mark, title, true, numbered ? primary.size() - i : 0);
            if (label == null) {
                untitled.add(mark);
            }
        }
        if (numbered) {
            untitled.sort(byDate);
            for (List<Mark> group : List.of(untitled, others)) {
                for (Mark mark : group) {
                    place(placer, labels, bounds, mark, Integer.toString(data.number(mark.event())), false, 0);
                }
            }
        }
        return labels;
    }

    /**
     * Offers {@code text} beside the mark (a number: right, left, half a track up or down; a title: right), then,
     * for a title, in up to {@code staggerRows} rows below it with a leader line; null when nowhere is free.
     */
    private static Label place(LabelPlacer placer, List<Label> labels, Box bounds, Mark mark, String text,
            boolean title, int staggerRows) {
        if (text.isEmpty()) {
            return null;
        }
        double w = TextWidth.of(text, LABEL_SIZE, false);
        double top = mark.cy() - LABEL_HEIGHT / 2;
        double right = mark.x1() + 3;
        double left = mark.x0() - 3 - w;
        // a title never goes left of its mark: titles are placed latest first, and one running left would
        // block the leaders of the earlier marks under it
        List<Box> beside = title ? List.of(new Box(right, top, w, LABEL_HEIGHT))
                : List.of(new Box(right, top, w, LABEL_HEIGHT), new Box(left, top, w, LABEL_HEIGHT),
                        new Box(right, top - TRACK / 2, w, LABEL_HEIGHT),
                        new Box(right, top + TRACK / 2, w, LABEL_HEIGHT),
                        new Box(left, top - TRACK / 2, w, LABEL_HEIGHT),
                        new Box(left, top + TRACK / 2, w, LABEL_HEIGHT));
        int chosen = placer.place(beside, bounds);
        if (chosen >= 0) {
            Label label = new Label(text, beside.get(chosen), mark.event(), title, Double.NaN, Double.NaN);
            labels.add(label);
            return label;
        }
        if (!title || staggerRows == 0) {
            return null;
        }
        double cx = mark.point() ? (mark.x0() + mark.x1()) / 2 : mark.x0() + 5;
        double from = mark.cy() + MARKER / 2 + 1;
        int rows = Math.min(staggerRows, (int) Math.floor((bounds.bottom() - top - LABEL_HEIGHT) / TRACK));
        // running right, in the first free row below; near the right edge running left, in the last free row,
        // so that the leaders of earlier marks can still reach the rows above it
        String rightText = shortened(text, w, bounds.right() - cx - 4);
        for (int row = 1; rightText != null && row <= rows; row++) {
            double rw = TextWidth.of(rightText, LABEL_SIZE, false);
            Label label = stagger(placer, labels, bounds, mark, rightText, new Box(cx + 4, top + row * TRACK, rw,
                    LABEL_HEIGHT), cx, from);
            if (label != null) {
                return label;
            }
        }
        String leftText = shortened(text, w, cx - 4 - bounds.x());
        for (int row = rows; leftText != null && row >= 1; row--) {
            double lw = TextWidth.of(leftText, LABEL_SIZE, false);
            Label label = stagger(placer, labels, bounds, mark, leftText, new Box(cx - 4 - lw, top + row * TRACK, lw,
                    LABEL_HEIGHT), cx, from);
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    /** {@code text} ({@code w} wide) cut to {@code room}, or null when less than a useful title fits. */
    private static String shortened(String text, double w, double room) {
        if (w <= room) {
            return text;
        }
        return room >= 120 ? TextWidth.fit(text, room, LABEL_SIZE, false) : null;
    }

    /** Takes {@code box} for a title below its mark, with a leader from {@code (cx, from)}, if all is free. */
    private static Label stagger(LabelPlacer placer, List<Label> labels, Box bounds, Mark mark, String text, Box box,
            double cx, double from) {
        Box leader = new Box(cx - 1, from, 2, box.y() + LABEL_HEIGHT / 2 - from + 1);
        Box tick = box.x() > cx ? new Box(cx, box.y() + 5, 4, 3) : new Box(cx - 4, box.y() + 5, 4, 3);
        if (!bounds.contains(box) || !placer.isFree(box) || !placer.isFree(leader) || !placer.isFree(tick)) {
            return null;
        }
        placer.block(box);
        placer.block(leader);
        placer.block(tick);
        Label label = new Label(text, box, mark.event(), true, cx, from);
        labels.add(label);
        return label;
    }
}
