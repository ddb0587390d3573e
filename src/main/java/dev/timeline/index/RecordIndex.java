package dev.timeline.index;

import dev.timeline.io.Problem;
import dev.timeline.model.Actor;
import dev.timeline.query.BinarySearch;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * What timeline keeps of a big input so that a query need not parse it again: for each record (in file order)
 * its span of days, where it is in the file, a hash of its id and its actors (as numbers into {@link #actors}),
 * plus the bad records met. Columns are arrays, so a million records take about 40 MB. Built by
 * {@link ChunkScanner}, stored by {@link IndexCache}; never changed once built.
 *
 * @param stamp        the file it describes, as it was when indexed
 * @param start        first possible day (epoch day), {@link Integer#MIN_VALUE} when open
 * @param end          last possible day (epoch day, inclusive), {@link Integer#MAX_VALUE} when open
 * @param offset       where the record starts in the file
 * @param length       its length in bytes, without the line end
 * @param line         the line it starts on (1-based)
 * @param idHash       {@link IndexRow#hash} of its id
 *                     (these four are read only for the records a query selects, so a cached index leaves them
 *                     in the mapped file rather than copying them; so are the next two, read only for the records
 *                     in a query's date window: copied, they were 12 MB of heap to allocate and for the young
 *                     collector to copy in every cached query of a million records)
 * @param actorFrom    its actors are {@code actorIds[actorFrom[i]..actorFrom[i+1])}; one longer than the rest
 * @param actorIds     indexes into {@code actors}
 * @param actors       every actor met, each once by id
 * @param unknown      bit i set when record i's actors were not indexed (its days were outside those the first
 *                     query asked about; see {@link IndexRow#wantsActors}), or null when every record's are known
 * @param problemCount how many bad records were left out (only with {@code --skip-bad}; else indexing stops)
 * @param problems     the first few of them
 */
record RecordIndex(FileStamp stamp, int[] start, int[] end, LongBuffer offset, IntBuffer length, IntBuffer line,
        IntBuffer idHash,
        IntBuffer actorFrom, IntBuffer actorIds, List<Actor> actors, long[] unknown, int problemCount,
        List<Problem> problems, StartOrder byStart) {

    /**
     * The records in order of their first day, so that a date range is a binary search (cached indexes have it:
     * the cache writer sorts on its own thread; a fresh index scans its columns instead).
     *
     * @param record  record numbers, by first day
     * @param start   their first days, ascending
     * @param reach   the latest last day among the first k+1 of them: records before the first that reaches a day
     *                all end before it
     */
    record StartOrder(IntBuffer record, IntBuffer start, IntBuffer reach) {

        /**
         * Sorts the records by first day (then record number). A counting sort when the days span less than 16
         * million (any real file: the index would otherwise hold one list per day), else a general sort.
         */
        static StartOrder of(int[] start, int[] end) {
            int n = start.length;
            int[] record = new int[n];
            int low = Integer.MAX_VALUE;
            int high = Integer.MIN_VALUE;
            for (int day : start) {
                if (day != Integer.MIN_VALUE) {
                    low = Math.min(low, day);
                    high = Math.max(high, day);
                }
            }
            if (low > high || (long) high - low < 1 << 24) {
                // bucket 0: open starts; bucket d - low + 1: day d
                int[] next = new int[low > high ? 2 : high - low + 3];
                for (int day : start) {
                    next[(day == Integer.MIN_VALUE ? 0 : day - low + 1) + 1]++;
                }
                for (int b = 1; b < next.length; b++) {
                    next[b] += next[b - 1];
                }
                for (int i = 0; i < n; i++) {
                    record[next[start[i] == Integer.MIN_VALUE ? 0 : start[i] - low + 1]++] = i;
                }
            } else {
                long[] keys = new long[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = (long) start[i] << 32 | i;
                }
                Arrays.sort(keys);
                for (int k = 0; k < n; k++) {
                    record[k] = (int) keys[k];
                }
            }
            int[] starts = new int[n];
            int[] reach = new int[n];
            for (int k = 0; k < n; k++) {
                int i = record[k];
                starts[k] = start[i];
                reach[k] = k > 0 ? Math.max(reach[k - 1], end[i]) : end[i];
            }
            return new StartOrder(IntBuffer.wrap(record), IntBuffer.wrap(starts), IntBuffer.wrap(reach));
        }

        /** The first position whose first day is after {@code day}. */
        int firstStartAfter(int day) {
            // classes, not lambdas, on the cached query's path: on JDK 17 each lambda is linked in every run
            return BinarySearch.firstTrue(start.limit(), new IntPredicate() {
                @Override
                public boolean test(int i) {
                    return start.get(i) > day;
                }
            });
        }

        /** The first position whose first day is on or after {@code day}. */
        int firstStartFrom(int day) {
            return day == Integer.MIN_VALUE ? 0 : firstStartAfter(day - 1);
        }

        /** The first position from which some record reaches {@code day}. */
        int firstReaching(int day) {
            return BinarySearch.firstTrue(reach.limit(), new IntPredicate() {
                @Override
                public boolean test(int i) {
                    return reach.get(i) >= day;
                }
            });
        }
    }

    /** How many bad records an index lists; the rest are only counted. */
    static final int PROBLEMS_LISTED = 5;

    public RecordIndex {
        actors = List.copyOf(actors);
        problems = List.copyOf(problems);
    }

    public int size() {
        return start.length;
    }

    /** Whether record {@code i}'s actors are in the index. */
    boolean actorsKnown(int i) {
        return unknown == null || (unknown[i >>> 6] & (1L << i)) == 0;
    }

    /** This index with {@code order}. */
    RecordIndex withStartOrder(StartOrder order) {
        return new RecordIndex(stamp, start, end, offset, length, line, idHash, actorFrom, actorIds, actors, unknown,
                problemCount, problems, order);
    }

    /** This index for {@code other}, a stamp of the same content. */
    public RecordIndex withStamp(FileStamp other) {
        return new RecordIndex(other, start, end, offset, length, line, idHash, actorFrom, actorIds, actors, unknown,
                problemCount, problems, byStart);
    }

    /** Whether some record's actors are not in the index. */
    boolean partial() {
        return unknown != null;
    }
}
