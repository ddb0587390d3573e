package dev.timeline.index;

import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Whether a {@link RecordIndex} read from the cache is one {@link ChunkScanner} could have built for content of a
 * given size: records in file order, inside the file and not overlapping; spans that are spans; actor numbers
 * inside the dictionary; a start order that is the records sorted by first day, with its reach. A cached index
 * that passes its checksum can still be wrong (a writer bug, a format change, tampering); one that fails here is
 * rebuilt rather than read past the end of an array or blamed on the data file.
 *
 * <p>A cached index is checked in three parts, each run once, when a query first needs its columns (see
 * {@link RecordIndex}): {@link #startOrder} (so a candidate search can start), {@link #actors} (a cached index's,
 * in start order), then {@link #records} (the file positions, needed only to read the candidates). A built index
 * is not checked: its columns come from the scan itself.
 *
 * <p>Each part is one pass over its columns, and they run in every cached query, so they are written for the
 * launcher's JIT (C1 only, and a cold start): the mapped columns are copied a block at a time into arrays (a bulk
 * copy) instead of being read one value at a time through their buffers, whose every {@code get} checks its
 * memory scope, and "each record once" is a bit array rather than a {@link java.util.BitSet}. A cached index's
 * start order is checked against its day columns without reading either at random (see {@link #startOrder}):
 * that gather was most of the check's 35 to 70 ms on a million records.
 */
final class IndexCheck {

    /** Values copied out of a mapped column at a time: small enough to stay in the cache. */
    static final int BLOCK = 4096;

    /**
     * The constants of {@link #startOrder}'s keyed mix of a (record, first day, last day): the record times the
     * golden ratio plus the key, exclusive-or the two days (so that for one record the mixed value is one to one
     * with its days), then multiply-xorshift rounds (a bijection) with SplitMix64's multipliers.
     */
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;
    private static final long M1 = 0xbf58476d1ce4e5b9L;
    private static final long M2 = 0x94d049bb133111ebL;

    private IndexCheck() {
    }

    /**
     * Whether the stored start order of {@code n} records is that of the day columns {@code startColumn} and
     * {@code endColumn} (by record): {@code records} each record once, {@code starts} ascending, {@code ends} not
     * before them, {@code reaches} the running latest of {@code ends}, and each position's record, first and last
     * day those of the day columns.
     *
     * <p>That last part is the one that would read the day columns at random (in a cached 1M-event query, 45 to 70 ms
     * on a cold JVM, and as much written at random instead). Here it reads every column in order instead, and compares
     * two multisets of (record, first day, last day): the start order's and the day columns'. They are equal exactly
     * when the start order names each record once with its days; they are compared by a sum of a keyed 64-bit mix of
     * each triple, the key new in every check (so no stored index can be made to pass it). One record's days changed on
     * one side always changes its sum (the mix is one to one for a record); other differences go unnoticed with a
     * chance of about 2<sup>-64</sup>.
     */
    static boolean startOrder(int n, IntBuffer startColumn, IntBuffer endColumn, IntBuffer records,
            IntBuffer starts, IntBuffer ends, IntBuffer reaches) {
        if (startColumn.limit() != n || endColumn.limit() != n || records.limit() != n || starts.limit() != n
                || ends.limit() != n || reaches.limit() != n) {
            return false;
        }
        long key = ThreadLocalRandom.current().nextLong();
        long byRecord = 0;
        int[] start = new int[Math.min(n, BLOCK)];
        int[] end = new int[start.length];
        for (int from = 0; from < n; from += BLOCK) {
            int size = Math.min(BLOCK, n - from);
            startColumn.get(from, start, 0, size);
            endColumn.get(from, end, 0, size);
            for (int j = 0; j < size; j++) {
                // the mix, inlined (as below): most of these run in the interpreter, before C1 compiles the loop
                long z = ((from + j) * GOLDEN + key ^ ((long) start[j] << 32 | end[j] & 0xffffffffL)) * M1;
                z = (z ^ z >>> 31) * M2;
                byRecord += z ^ z >>> 29;
            }
        }
        int[] record = new int[Math.min(n, BLOCK)];
        int[] first = new int[record.length];
        int[] last = new int[record.length];
        int[] reach = new int[record.length];
        long byPosition = 0;
        int lastStart = Integer.MIN_VALUE;
        int lastReach = Integer.MIN_VALUE;
        for (int from = 0; from < n; from += BLOCK) {
            int size = Math.min(BLOCK, n - from);
            records.get(from, record, 0, size);
            starts.get(from, first, 0, size);
            ends.get(from, last, 0, size);
            reaches.get(from, reach, 0, size);
            for (int j = 0; j < size; j++) {
                int i = record[j];
                int day = first[j];
                int lastDay = last[j];
                if (i < 0 || i >= n || day < lastStart || day > lastDay || reach[j] != Math.max(lastReach, lastDay)) {
                    return false;
                }
                long z = (i * GOLDEN + key ^ ((long) day << 32 | lastDay & 0xffffffffL)) * M1;
                z = (z ^ z >>> 31) * M2;
                byPosition += z ^ z >>> 29;
                lastStart = day;
                lastReach = reach[j];
            }
        }
        return byRecord == byPosition;
    }

    /** Each record inside the content, after the one before it (a line end between), on a later line. */
    static boolean records(int n, LongBuffer offsets, IntBuffer lengths, IntBuffer lines, IntBuffer idHashes,
            long contentSize) {
        if (offsets.limit() != n || lengths.limit() != n || lines.limit() != n || idHashes.limit() != n) {
            return false;
        }
        long[] offset = new long[Math.min(n, BLOCK)];
        int[] length = new int[offset.length];
        int[] line = new int[offset.length];
        long next = 0;
        int lastLine = 0;
        for (int from = 0; from < n; from += BLOCK) {
            int size = Math.min(BLOCK, n - from);
            offsets.get(from, offset, 0, size);
            lengths.get(from, length, 0, size);
            lines.get(from, line, 0, size);
            for (int j = 0; j < size; j++) {
                long at = offset[j];
                int bytes = length[j];
                if (at < next || bytes < 0 || at > contentSize - bytes || line[j] <= lastLine) {
                    return false;
                }
                next = at + bytes + 1;
                lastLine = line[j];
            }
        }
        return true;
    }

    /**
     * Each record's (or start-order position's) actors a slice of {@code ids}, in order, naming actors of a
     * dictionary of {@code actors}; {@code unknown}, if any, a bit for each record.
     */
    static boolean actors(int n, IntBuffer froms, IntBuffer ids, int actors, long[] unknown) {
        int count = ids.limit();
        if (froms.limit() != n + 1 || froms.get(0) != 0 || froms.get(n) != count) {
            return false;
        }
        int[] block = new int[Math.min(Math.max(n + 1, count), BLOCK)];
        int last = 0;
        for (int from = 0; from <= n; from += BLOCK) {
            int size = Math.min(BLOCK, n + 1 - from);
            froms.get(from, block, 0, size);
            for (int j = 0; j < size; j++) {
                if (block[j] < last) {
                    return false;
                }
                last = block[j];
            }
        }
        for (int from = 0; from < count; from += BLOCK) {
            int size = Math.min(BLOCK, count - from);
            ids.get(from, block, 0, size);
            for (int j = 0; j < size; j++) {
                if (block[j] < 0 || block[j] >= actors) {
                    return false;
                }
            }
        }
        return unknown == null || unknown.length == (n + 63) >>> 6;
    }
}
