package dev.timeline.index;

import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.BitSet;

/**
 * Whether a {@link RecordIndex} read from the cache is one {@link ChunkScanner} could have built for content of a
 * given size: records in file order, inside the file and not overlapping; spans that are spans; actor numbers
 * inside the dictionary; a start order that is the records sorted by first day, with its reach. A cached index
 * that passes its checksum can still be wrong (a writer bug, a format change, tampering); one that fails here is
 * rebuilt rather than read past the end of an array or blamed on the data file. One pass over the columns: a
 * few milliseconds for a million records, against the seconds that indexing them again costs.
 */
final class IndexCheck {

    private IndexCheck() {
    }

    static boolean holds(RecordIndex index, long contentSize) {
        int n = index.size();
        return index.end().length == n && records(index, n, contentSize) && actors(index, n)
                && order(index, n) && index.problemCount() >= index.problems().size();
    }

    /** Each record inside the content, after the one before it (a line end between), on a later line. */
    private static boolean records(RecordIndex index, int n, long contentSize) {
        LongBuffer offset = index.offset();
        IntBuffer length = index.length();
        IntBuffer line = index.line();
        if (offset.limit() != n || length.limit() != n || line.limit() != n || index.idHash().limit() != n) {
            return false;
        }
        int[] start = index.start();
        int[] end = index.end();
        long next = 0;
        int lastLine = 0;
        for (int i = 0; i < n; i++) {
            long at = offset.get(i);
            int bytes = length.get(i);
            if (at < next || bytes < 0 || at > contentSize - bytes || line.get(i) <= lastLine
                    || start[i] > end[i]) {
                return false;
            }
            next = at + bytes + 1;
            lastLine = line.get(i);
        }
        return true;
    }

    /** Each record's actors a slice of {@code actorIds}, in order, naming actors of the dictionary. */
    private static boolean actors(RecordIndex index, int n) {
        int[] from = index.actorFrom();
        int[] ids = index.actorIds();
        if (from.length != n + 1 || from[0] != 0 || from[n] != ids.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (from[i + 1] < from[i]) {
                return false;
            }
        }
        int actors = index.actors().size();
        for (int id : ids) {
            if (id < 0 || id >= actors) {
                return false;
            }
        }
        return index.unknown() == null || index.unknown().length == (n + 63) >>> 6;
    }

    /** The start order a permutation of the records, by first day, its starts and reach those of the records. */
    private static boolean order(RecordIndex index, int n) {
        RecordIndex.StartOrder order = index.byStart();
        if (order == null) {
            return true;
        }
        IntBuffer record = order.record();
        IntBuffer start = order.start();
        IntBuffer reach = order.reach();
        if (record.limit() != n || start.limit() != n || reach.limit() != n) {
            return false;
        }
        int[] starts = index.start();
        int[] ends = index.end();
        BitSet seen = new BitSet(n);
        for (int k = 0; k < n; k++) {
            int i = record.get(k);
            if (i < 0 || i >= n || seen.get(i) || start.get(k) != starts[i]
                    || k > 0 && start.get(k) < start.get(k - 1)
                    || reach.get(k) != (k > 0 ? Math.max(reach.get(k - 1), ends[i]) : ends[i])) {
                return false;
            }
            seen.set(i);
        }
        return true;
    }
}
