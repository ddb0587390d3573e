package dev.timeline.index;

import dev.timeline.query.DateCondition;
import dev.timeline.query.Match;
import dev.timeline.query.Query;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.Set;

/**
 * The candidate search of a big input, as a pure function of its index and a query: the records whose index
 * columns (day span, actors) may satisfy the query, in the order the output needs (first day, last day, record
 * number). The rest of the query is checked on the parsed events; a record whose actors the index left out is a
 * candidate whatever actors the query names.
 */
final class Candidates {

    private Candidates() {
    }

    /** The candidates of {@code query} in {@code index}, ordered by first day, then last day, then record. */
    static int[] of(RecordIndex index, Query query) {
        Conditions conditions = new Conditions(index, query);
        Found found = new Found(Math.min(index.size(), 1024));
        if (index.actorsInStartOrder()) { // a cached index, which has a start order
            inStartOrder(index, conditions, found);
        } else {
            byRecord(index, conditions, found);
        }
        int[] records = Arrays.copyOf(found.records, found.count);
        sort(records, Arrays.copyOf(found.keys, found.count));
        return records;
    }

    /** How many of {@code records} have actors the index does not know. */
    static int actorsUnknown(RecordIndex index, int[] records) {
        int unknown = 0;
        for (int i : records) {
            if (!index.actorsKnown(i)) {
                unknown++;
            }
        }
        return unknown;
    }

    /**
     * A query's date and actor conditions as plain arrays: the loops below may run over every record, in a cold JVM,
     * where a list lookup and an unboxing per record and condition cost more than the test.
     */
    private static final class Conditions {
        final int count;
        final int[] low;
        final int[] high;
        final boolean[] within;
        /** The dictionary entries the query names (any of), or null. */
        final boolean[] wanted;
        /** For each --with, its dictionary entries (each must be met). */
        final boolean[][] withAll;

        Conditions(RecordIndex index, Query query) {
            count = query.dates().size();
            low = new int[count];
            high = new int[count];
            within = new boolean[count];
            for (int c = 0; c < count; c++) {
                DateCondition condition = query.dates().get(c);
                low[c] = IndexRow.day(condition.range().getStart());
                high[c] = IndexRow.day(condition.range().getEndInclusive());
                within[c] = condition.match() == Match.WITHIN;
            }
            wanted = actorSet(index, query.actorIds());
            withAll = new boolean[query.withAll().size()][];
            int w = 0;
            for (Set<String> ids : query.withAll()) {
                withAll[w++] = actorSet(index, ids);
            }
        }

        boolean namesActors() {
            return wanted != null || withAll.length > 0;
        }

        /** Whether the actors {@code ids[from, to)} meet the query's. */
        boolean actors(int[] ids, int from, int to) {
            if (wanted != null && !any(wanted, ids, from, to)) {
                return false;
            }
            for (boolean[] set : withAll) {
                if (!any(set, ids, from, to)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean any(boolean[] set, int[] ids, int from, int to) {
            for (int k = from; k < to; k++) {
                if (set[ids[k]]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The candidates found so far, with their sort keys ({@link #key}). */
    private static final class Found {
        int[] records;
        long[] keys;
        int count;

        Found(int capacity) {
            records = new int[capacity];
            keys = new long[capacity];
        }

        void add(int record, int first, int last) {
            if (count == records.length) {
                records = Arrays.copyOf(records, Math.max(16, count * 2));
                keys = Arrays.copyOf(keys, records.length);
            }
            records[count] = record;
            keys[count++] = key(first, last);
        }
    }

    /** Records looked at a block at a time: their columns are copied a block at a time. */
    static final int BLOCK = 8192;

    /**
     * A cached index: the records in order of first day, so that a date range is a window found by binary search;
     * the window's first and last days, record numbers and actors (which a cached index keeps in start order) are
     * copied out of the mapped file a block at a time (one bulk copy per column), and tested there.
     */
    private static void inStartOrder(RecordIndex index, Conditions conditions, Found found) {
        RecordIndex.StartOrder byStart = index.byStart();
        int from = 0;
        int to = index.size();
        for (int c = 0; c < conditions.count; c++) {
            if (conditions.high[c] != Integer.MAX_VALUE) {
                to = Math.min(to, byStart.firstStartAfter(conditions.high[c]));
            }
            if (conditions.low[c] != Integer.MIN_VALUE) {
                from = Math.max(from, conditions.within[c] ? byStart.firstStartFrom(conditions.low[c])
                        : byStart.firstReaching(conditions.low[c]));
            }
        }
        boolean actors = conditions.namesActors();
        IntBuffer actorFrom = actors ? index.actorFrom() : null; // by position
        IntBuffer actorIds = actors ? index.actorIds() : null;
        Block block = new Block(Math.max(0, Math.min(BLOCK, to - from)), actors);
        for (int at = from; at < to; at += BLOCK) {
            int size = Math.min(BLOCK, to - at);
            byStart.record().get(at, block.record, 0, size);
            byStart.start().get(at, block.first, 0, size);
            byStart.end().get(at, block.last, 0, size);
            if (actors) {
                actorFrom.get(at, block.slices, 0, size + 1);
                int count = block.idCount(size);
                actorIds.get(block.slices[0], block.ids(), 0, count);
            }
            block.test(index, conditions, size, found);
        }
    }

    /** A fresh index: every record, in file order, on its columns by record (arrays, all of them). */
    private static void byRecord(RecordIndex index, Conditions conditions, Found found) {
        int n = index.size();
        boolean actors = conditions.namesActors();
        int[] actorFrom = actors ? RecordIndex.ints(index.actorFrom()) : null;
        int[] actorIds = actors ? RecordIndex.ints(index.actorIds()) : null;
        Block block = new Block(Math.min(BLOCK, n), actors);
        for (int at = 0; at < n; at += BLOCK) {
            int size = Math.min(BLOCK, n - at);
            for (int j = 0; j < size; j++) {
                block.record[j] = at + j;
            }
            System.arraycopy(index.start(), at, block.first, 0, size);
            System.arraycopy(index.end(), at, block.last, 0, size);
            if (actors) {
                System.arraycopy(actorFrom, at, block.slices, 0, size + 1);
                int count = block.idCount(size);
                System.arraycopy(actorIds, block.slices[0], block.ids(), 0, count);
            }
            block.test(index, conditions, size, found);
        }
    }

    /**
     * A block of records and their columns: record numbers, first and last days, and (when the query names actors)
     * their actor slices, {@code slices[j]..slices[j + 1]}, into {@code ids}, which starts at {@code slices[0]}.
     */
    private static final class Block {
        final int[] record;
        final int[] first;
        final int[] last;
        final int[] slices;
        private int[] ids = new int[0];

        Block(int size, boolean actors) {
            record = new int[size];
            first = new int[size];
            last = new int[size];
            slices = actors ? new int[size + 1] : null;
        }

        /** How many actor numbers the block's {@code size} records have, room made for them in {@link #ids()}. */
        int idCount(int size) {
            int count = slices[size] - slices[0];
            if (ids.length < count) {
                ids = new int[count];
            }
            return count;
        }

        int[] ids() {
            return ids;
        }

        /** Adds the block's first {@code size} records that may meet the conditions to {@code found}. */
        void test(RecordIndex index, Conditions conditions, int size, Found found) {
            // locals, and the date test inline: this loop runs interpreted for its first thousands of records
            int count = conditions.count;
            int[] low = conditions.low;
            int[] high = conditions.high;
            boolean[] within = conditions.within;
            int base = slices == null ? 0 : slices[0];
            records:
            for (int j = 0; j < size; j++) {
                int a = first[j];
                int b = last[j];
                for (int c = 0; c < count; c++) {
                    if (within[c] ? a < low[c] || b > high[c] : a > high[c] || b < low[c]) {
                        continue records;
                    }
                }
                int i = record[j];
                // a record whose actors the index left out is a candidate whatever actors the query names: its
                // parsed event is checked
                if (slices != null && index.actorsKnown(i)
                        && !conditions.actors(ids, slices[j] - base, slices[j + 1] - base)) {
                    continue;
                }
                found.add(i, a, b);
            }
        }
    }

    /** The dictionary entries with these ids, as a lookup table; null when the query names no actor. */
    private static boolean[] actorSet(RecordIndex index, Set<String> actorIds) {
        if (actorIds.isEmpty()) {
            return null;
        }
        boolean[] set = new boolean[index.actors().size()];
        for (int a = 0; a < set.length; a++) {
            set[a] = actorIds.contains(index.actors().get(a).id());
        }
        return set;
    }

    /**
     * The sort key of a record of days {@code first} to {@code last}: ordered as (first, last) are, first day first
     * (the last day's sign bit flipped, so that its low word orders as an int does).
     */
    static long key(int first, int last) {
        return (long) first << 32 | (last ^ Integer.MIN_VALUE) & 0xffffffffL;
    }

    /**
     * Sorts {@code records} by (key, record), a total order ({@code keys[j]} is {@code records[j]}'s {@link #key}),
     * by a merge sort on primitives: no boxing per record.
     */
    static void sort(int[] records, long[] keys) {
        if (records.length > 1) {
            mergeSort(records, keys, records.clone(), keys.clone(), 0, records.length);
        }
    }

    /** Sorts {@code a[from, to)} (keys {@code ka}), using {@code b} and {@code kb}, which hold the same there. */
    private static void mergeSort(int[] a, long[] ka, int[] b, long[] kb, int from, int to) {
        if (to - from < 16) {
            for (int i = from + 1; i < to; i++) {
                int x = a[i];
                long kx = ka[i];
                int j = i - 1;
                while (j >= from && (kx < ka[j] || kx == ka[j] && x < a[j])) {
                    a[j + 1] = a[j];
                    ka[j + 1] = ka[j];
                    j--;
                }
                a[j + 1] = x;
                ka[j + 1] = kx;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(b, kb, a, ka, from, mid);
        mergeSort(b, kb, a, ka, mid, to);
        for (int i = from, p = from, q = mid; i < to; i++) {
            boolean left = q >= to || p < mid && !(kb[q] < kb[p] || kb[q] == kb[p] && b[q] < b[p]);
            if (left) {
                a[i] = b[p];
                ka[i] = kb[p++];
            } else {
                a[i] = b[q];
                ka[i] = kb[q++];
            }
        }
    }
}
