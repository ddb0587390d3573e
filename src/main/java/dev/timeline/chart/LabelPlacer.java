package dev.timeline.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places labels so that none overlaps another or a blocked area (markers, bars): each label is offered a few
 * positions, best first, and takes the first that is free and inside its bounds; a label with no free position is
 * left out (thinned). Greedy and order-dependent: callers offer labels in the order they matter. Boxes are kept in a
 * grid of columns, so thousands of labels are placed in near-linear time.
 */
public final class LabelPlacer {

    private static final double CELL = 64;

    private final Map<Long, List<Box>> cells = new HashMap<>();

    /** Marks {@code box} as taken: no label may overlap it. */
    public void block(Box box) {
        for (long c = cell(box.x()); c <= cell(box.right()); c++) {
            cells.computeIfAbsent(c, k -> new ArrayList<>()).add(box);
        }
    }

    /** Whether {@code box} overlaps nothing taken. */
    public boolean isFree(Box box) {
        for (long c = cell(box.x()); c <= cell(box.right()); c++) {
            for (Box taken : cells.getOrDefault(c, List.of())) {
                if (taken.intersects(box)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Takes the first of {@code candidates} that lies inside {@code bounds} and overlaps nothing taken.
     *
     * @return its index, or -1 when none is free (nothing is taken then)
     */
    public int place(List<Box> candidates, Box bounds) {
        for (int i = 0; i < candidates.size(); i++) {
            Box box = candidates.get(i);
            if (bounds.contains(box) && isFree(box)) {
                block(box);
                return i;
            }
        }
        return -1;
    }

    private static long cell(double x) {
        return (long) Math.floor(x / CELL);
    }
}
