package dev.timeline.query;

import java.time.LocalDate;
import java.util.function.IntPredicate;

/**
 * The one binary search behind every date-range lookup: the in-memory {@link Timeline} and the big-file index
 * both keep their records sorted by first day, with a running "latest day reached so far" beside them, and ask
 * the same two questions of those columns (where do starts pass a day, from where does some record reach it).
 */
public final class BinarySearch {

    private BinarySearch() {
    }

    /**
     * The first position in {@code [0, size)} at which {@code holds} is true, or {@code size} when it never is.
     * {@code holds} must be monotone: false up to some position, true from there on (as "the start at this
     * position is after day D" is, over starts in ascending order).
     */
    public static int firstTrue(int size, IntPredicate holds) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (holds.test(mid)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The first position of ascending {@code days} holding {@code day} or a later one; {@code days.length} if none. */
    public static int firstOnOrAfter(LocalDate[] days, LocalDate day) {
        return first(days, day, false);
    }

    /** The first position of ascending {@code days} holding a day after {@code day}; {@code days.length} if none. */
    public static int firstAfter(LocalDate[] days, LocalDate day) {
        return first(days, day, true);
    }

    /** {@link #firstTrue} over days, without a predicate object (a lambda's linking costs a short run). */
    private static int first(LocalDate[] days, LocalDate day, boolean after) {
        int low = 0;
        int high = days.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (after ? days[mid].isAfter(day) : !days[mid].isBefore(day)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
