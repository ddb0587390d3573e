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
 * <p>Its columns and fields, in the constructor's order:
 * <ul>
 * <li>{@code stamp}: the file it describes, as it was when indexed
 * <li>{@code start}: first possible day (epoch day), {@link Integer#MIN_VALUE} when open
 * <li>{@code end}: last possible day (epoch day, inclusive), {@link Integer#MAX_VALUE} when open
 * <li>{@code offset}: where the record starts in the file
 * <li>{@code length}: its length in bytes, without the line end
 * <li>{@code line}: the line it starts on (1-based)
 * <li>{@code idHash}: {@link IndexRow#hash} of its id (these four are read only for the records a query selects,
 *     so a cached index leaves them in the mapped file rather than copying them; so are the next two, read only
 *     for the records in a query's date window: copied, they were 12 MB of heap to allocate and for the young
 *     collector to copy in every cached query of a million records)
 * <li>{@code actorFrom}: its actors are {@code actorIds[actorFrom[i]..actorFrom[i+1])}; one longer than the rest.
 *     In a cached index these two are in start order instead ({@link #actorsInStartOrder}: i is a position of
 *     {@code byStart}), so that a date window's actors are one slice of each, copied at once, rather than a
 *     read from the mapped file per record
 * <li>{@code actorIds}: indexes into {@code actors}
 * <li>{@code actors}: every actor met, each once by id
 * <li>{@code unknown}: bit i set when record i's actors were not indexed (its days were outside those the first
 *     query asked about; see {@link IndexRow#wantsActors}), or null when every record's are known
 * <li>{@code problemCount}: how many bad records were left out (only with {@code --skip-bad}; else indexing
 *     stops)
 * <li>{@code problems}: the first few of them
 * <li>{@code byStart}: the records by first day ({@link StartOrder}), or null
 * </ul>
 *
 * <p>A class rather than a record so that a cached index can be handed over before its columns are checked
 * ({@link #cached}): it owes {@link IndexCheck}'s three parts, each run once, the first time one of its columns
 * is asked for, by whichever thread asks first (the prefetch thread, right after handing it over, so they run
 * while the command line is still being parsed; a query that gets there first runs them itself or waits). They
 * run in the order a query needs them: the day columns and the start order, the actors, then
 * the file positions; a column's accessor waits only for its part and those before it, so a candidate search can
 * start while the positions are still being checked. A part that fails makes every accessor of its columns throw
 * {@link IndexedSource.IndexFault}, so no column of an inconsistent index is ever read and a query on it is
 * answered on a rebuilt index. The counts, stamp, dictionary and problems are checked when the index is loaded.
 */
final class RecordIndex {
    private final FileStamp stamp;
    private final int size;
    /** A fresh index's day columns; null in a cached one, whose columns stay mapped ({@link #start(int)}). */
    private final int[] start;
    private final int[] end;
    private final LongBuffer offset;
    private final IntBuffer length;
    private final IntBuffer line;
    private final IntBuffer idHash;
    private final IntBuffer actorFrom;
    private final IntBuffer actorIds;
    private final boolean actorsInStartOrder;
    private final List<Actor> actors;
    private final long[] unknown;
    private final int problemCount;
    private final List<Problem> problems;
    private final StartOrder byStart;
    /** The parts of the check a cached index owes (each null when none is owed). */
    private final Days days;
    private final Part actorsCheck;
    private final Part recordsCheck;

    RecordIndex(FileStamp stamp, int[] start, int[] end, LongBuffer offset, IntBuffer length, IntBuffer line,
            IntBuffer idHash, IntBuffer actorFrom, IntBuffer actorIds, List<Actor> actors, long[] unknown,
            int problemCount, List<Problem> problems, StartOrder byStart) {
        this(stamp, start.length, start, end, offset, length, line, idHash, actorFrom, actorIds, false, actors,
                unknown, problemCount, problems, byStart, null, null, null);
    }

    private RecordIndex(FileStamp stamp, int size, int[] start, int[] end, LongBuffer offset, IntBuffer length,
            IntBuffer line, IntBuffer idHash, IntBuffer actorFrom, IntBuffer actorIds, boolean actorsInStartOrder,
            List<Actor> actors, long[] unknown, int problemCount, List<Problem> problems, StartOrder byStart,
            Days days, Part actorsCheck, Part recordsCheck) {
        this.stamp = stamp;
        this.size = size;
        this.start = start;
        this.end = end;
        this.offset = offset;
        this.length = length;
        this.line = line;
        this.idHash = idHash;
        this.actorFrom = actorFrom;
        this.actorIds = actorIds;
        this.actorsInStartOrder = actorsInStartOrder;
        this.actors = List.copyOf(actors);
        this.unknown = unknown;
        this.problemCount = problemCount;
        this.problems = List.copyOf(problems);
        this.byStart = byStart;
        this.days = days;
        this.actorsCheck = actorsCheck;
        this.recordsCheck = recordsCheck;
    }

    /**
     * A cached index of {@code size} records, its columns still to be checked against content of
     * {@code contentSize} bytes; {@code startColumn} and {@code endColumn} are its day columns by record, left
     * where they are, and {@code actorFrom} and {@code actorIds} its actors in start order. Every column accessor
     * runs its part of the check or waits for it, and throws {@link IndexedSource.IndexFault} when it fails.
     */
    static RecordIndex cached(FileStamp stamp, int size, IntBuffer startColumn, IntBuffer endColumn,
            LongBuffer offset, IntBuffer length, IntBuffer line, IntBuffer idHash, IntBuffer actorFrom,
            IntBuffer actorIds, List<Actor> actors, long[] unknown, int problemCount, List<Problem> problems,
            StartOrder byStart, long contentSize) {
        Days days = new Days(size, startColumn, endColumn, byStart);
        int dictionary = actors.size();
        Part actorsCheck = new Part(days) {
            @Override
            boolean holds() {
                return IndexCheck.actors(size, actorFrom, actorIds, dictionary, unknown);
            }
        };
        Part recordsCheck = new Part(actorsCheck) {
            @Override
            boolean holds() {
                return IndexCheck.records(size, offset, length, line, idHash, contentSize);
            }
        };
        return new RecordIndex(stamp, size, null, null, offset, length, line, idHash, actorFrom, actorIds, true,
                actors, unknown, problemCount, problems, byStart, days, actorsCheck, recordsCheck);
    }

    FileStamp stamp() {
        return stamp;
    }

    /** A fresh index's first days by record, for loops over every record; null for a cached index. */
    int[] start() {
        return start;
    }

    /** A fresh index's last days by record; null for a cached index. */
    int[] end() {
        return end;
    }

    /** Record {@code i}'s first day. */
    int start(int i) {
        return days == null ? start[i] : days.startColumn().get(i);
    }

    /** Record {@code i}'s last day. */
    int end(int i) {
        return days == null ? end[i] : days.endColumn().get(i);
    }

    /** The day columns by record, as buffers (a cached index's are its mapped columns). */
    IntBuffer startColumn() {
        return days == null ? IntBuffer.wrap(start) : days.startColumn();
    }

    IntBuffer endColumn() {
        return days == null ? IntBuffer.wrap(end) : days.endColumn();
    }

    /**
     * Whether {@link #actorFrom} and {@link #actorIds} are in start order (a cached index: position k is the record
     * {@code byStart().record().get(k)}) rather than by record (a fresh one).
     */
    boolean actorsInStartOrder() {
        return actorsInStartOrder;
    }

    LongBuffer offset() {
        pass(recordsCheck);
        return offset;
    }

    IntBuffer length() {
        pass(recordsCheck);
        return length;
    }

    IntBuffer line() {
        pass(recordsCheck);
        return line;
    }

    IntBuffer idHash() {
        pass(recordsCheck);
        return idHash;
    }

    IntBuffer actorFrom() {
        pass(actorsCheck);
        return actorFrom;
    }

    IntBuffer actorIds() {
        pass(actorsCheck);
        return actorIds;
    }

    List<Actor> actors() {
        return actors;
    }

    /** Checked (its length) when loaded. */
    long[] unknown() {
        return unknown;
    }

    int problemCount() {
        return problemCount;
    }

    List<Problem> problems() {
        return problems;
    }

    StartOrder byStart() {
        pass(days);
        return byStart;
    }

    private static void pass(Part part) {
        if (part != null) {
            part.pass();
        }
    }

    /**
     * One part of the check a cached index owes, run once, by the first thread that needs it (the others wait),
     * after the part before it.
     */
    private abstract static class Part {
        private final Part before;
        private volatile boolean passed;
        private boolean failed;

        Part(Part before) {
            this.before = before;
        }

        /** Returns once this part (and those before it) held; throws {@link IndexedSource.IndexFault} if not. */
        final void pass() {
            if (!passed) {
                run();
            }
        }

        private synchronized void run() {
            if (before != null) {
                before.pass(); // locks are taken later part first, always: no two threads wait on each other
            }
            if (!passed && !failed) {
                boolean holds;
                try {
                    holds = holds();
                } catch (RuntimeException e) {
                    holds = false; // a check that cannot even read its columns: not trusted either
                }
                if (holds) {
                    passed = true; // after what holds() wrote: a thread that reads it true sees that too
                } else {
                    failed = true;
                }
            }
            if (failed) {
                throw new IndexedSource.IndexFault();
            }
        }

        abstract boolean holds();
    }

    /** The start order's part: checks the start order against the day columns (both left mapped). */
    private static final class Days extends Part {
        private final int size;
        private final IntBuffer startColumn;
        private final IntBuffer endColumn;
        private final StartOrder order;

        Days(int size, IntBuffer startColumn, IntBuffer endColumn, StartOrder order) {
            super(null);
            this.size = size;
            this.startColumn = startColumn;
            this.endColumn = endColumn;
            this.order = order;
        }

        @Override
        boolean holds() {
            return IndexCheck.startOrder(size, startColumn, endColumn, order.record(), order.start(), order.end(),
                    order.reach());
        }

        IntBuffer startColumn() {
            pass();
            return startColumn;
        }

        IntBuffer endColumn() {
            pass();
            return endColumn;
        }
    }

    /**
     * The records in order of their first day, so that a date range is a binary search (cached indexes have it:
     * the cache writer sorts on its own thread; a fresh index scans its columns instead).
     *
     * @param record  record numbers, by first day
     * @param start   their first days, ascending
     * @param end     their last days
     * @param reach   the latest last day among the first k+1 of them: records before the first that reaches a day
     *                all end before it
     */
    record StartOrder(IntBuffer record, IntBuffer start, IntBuffer end, IntBuffer reach) {

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
            int[] ends = new int[n];
            int[] reach = new int[n];
            for (int k = 0; k < n; k++) {
                int i = record[k];
                starts[k] = start[i];
                ends[k] = end[i];
                reach[k] = k > 0 ? Math.max(reach[k - 1], end[i]) : end[i];
            }
            return new StartOrder(IntBuffer.wrap(record), IntBuffer.wrap(starts), IntBuffer.wrap(ends),
                    IntBuffer.wrap(reach));
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

    /** The values of {@code column}: its array when it wraps a whole one (a fresh index's do), else a bulk copy. */
    static int[] ints(IntBuffer column) {
        if (column.hasArray() && column.arrayOffset() == 0 && column.array().length == column.limit()) {
            return column.array();
        }
        int[] values = new int[column.limit()];
        column.get(0, values);
        return values;
    }

    /** How many bad records an index lists; the rest are only counted. */
    static final int PROBLEMS_LISTED = 5;

    public int size() {
        return size;
    }

    /** Whether record {@code i}'s actors are in the index. */
    boolean actorsKnown(int i) {
        return unknown == null || (unknown[i >>> 6] & (1L << i)) == 0;
    }

    /** This index for {@code other}, a stamp of the same content (still to be checked if this one is). */
    public RecordIndex withStamp(FileStamp other) {
        return new RecordIndex(other, size, start, end, offset, length, line, idHash, actorFrom, actorIds,
                actorsInStartOrder, actors, unknown, problemCount, problems, byStart, days, actorsCheck, recordsCheck);
    }

    /** Whether some record's actors are not in the index. */
    boolean partial() {
        return unknown != null;
    }
}
