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
        int[] records = unsorted(index, query);
        sort(records, index.start(), index.end());
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

    /** The records whose index columns may satisfy the query's dates and actors (in no particular order). */
    private static int[] unsorted(RecordIndex index, Query query) {
        int n = index.size();
        // the date conditions as plain arrays: this loop may run over every record (a fresh index has no start
        // order), in a cold JVM, where a list lookup and an unboxing per record and condition cost more than the test
        int conditions = query.dates().size();
        int[] low = new int[conditions];
        int[] high = new int[conditions];
        boolean[] within = new boolean[conditions];
        for (int c = 0; c < conditions; c++) {
            DateCondition condition = query.dates().get(c);
            low[c] = IndexRow.day(condition.range().getStart());
            high[c] = IndexRow.day(condition.range().getEndInclusive());
            within[c] = condition.match() == Match.WITHIN;
        }
        boolean[] wanted = actorSet(index, query.actorIds());
        boolean[][] withAll = new boolean[query.withAll().size()][];
        int w = 0;
        for (Set<String> ids : query.withAll()) {
            withAll[w++] = actorSet(index, ids);
        }
        int[] start = index.start();
        int[] end = index.end();
        // with the records in order of first day, a date range is a window found by binary search
        RecordIndex.StartOrder byStart = index.byStart();
        int from = 0;
        int to = n;
        if (byStart != null) {
            for (int c = 0; c < conditions; c++) {
                if (high[c] != Integer.MAX_VALUE) {
                    to = Math.min(to, byStart.firstStartAfter(high[c]));
                }
                if (low[c] != Integer.MIN_VALUE) {
                    from = Math.max(from, within[c] ? byStart.firstStartFrom(low[c]) : byStart.firstReaching(low[c]));
                }
            }
        }
        // a cached index leaves the actor columns in its mapped file; a window of more than an eighth of the records
        // reads them from copies, since every read of a mapped buffer checks its memory scope
        boolean wide = (wanted != null || withAll.length > 0) && (long) (to - from) * 8 > n;
        IntBuffer actorFrom = wide ? onHeap(index.actorFrom()) : index.actorFrom();
        IntBuffer ids = wide ? onHeap(index.actorIds()) : index.actorIds();
        IntBuffer order = byStart == null ? null : byStart.record();
        int[] out = new int[Math.min(n, 1024)];
        int count = 0;
        records:
        for (int k = from; k < to; k++) {
            int i = order == null ? k : order.get(k);
            int first = start[i];
            int last = end[i];
            for (int c = 0; c < conditions; c++) {
                if (within[c] ? first < low[c] || last > high[c] : first > high[c] || last < low[c]) {
                    continue records;
                }
            }
            if (index.actorsKnown(i)) { // else the parsed event is checked
                if (wanted != null && !any(wanted, ids, actorFrom.get(i), actorFrom.get(i + 1))) {
                    continue;
                }
                for (boolean[] set : withAll) {
                    if (!any(set, ids, actorFrom.get(i), actorFrom.get(i + 1))) {
                        continue records;
                    }
                }
            }
            if (count == out.length) {
                out = Arrays.copyOf(out, count * 2);
            }
            out[count++] = i;
        }
        return Arrays.copyOf(out, count);
    }

    /** {@code column} copied into an array (a bulk copy), unless it is one already. */
    private static IntBuffer onHeap(IntBuffer column) {
        if (column.hasArray()) {
            return column;
        }
        int[] values = new int[column.limit()];
        column.get(0, values);
        return IntBuffer.wrap(values);
    }

    private static boolean any(boolean[] set, IntBuffer ids, int from, int to) {
        for (int k = from; k < to; k++) {
            if (set[ids.get(k)]) {
                return true;
            }
        }
        return false;
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

    /** Sorts records by (start, end, record), a total order, by a merge sort on ints: no boxing per record. */
    static void sort(int[] records, int[] start, int[] end) {
        if (records.length > 1) {
            mergeSort(records, records.clone(), 0, records.length, start, end);
        }
    }

    /** Sorts {@code a[from, to)}, using {@code b}, which holds the same elements there, as scratch. */
    private static void mergeSort(int[] a, int[] b, int from, int to, int[] start, int[] end) {
        if (to - from < 16) {
            for (int i = from + 1; i < to; i++) {
                int x = a[i];
                int j = i - 1;
                while (j >= from && before(x, a[j], start, end)) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(b, a, from, mid, start, end);
        mergeSort(b, a, mid, to, start, end);
        for (int i = from, p = from, q = mid; i < to; i++) {
            a[i] = q >= to || p < mid && !before(b[q], b[p], start, end) ? b[p++] : b[q++];
        }
    }

    private static boolean before(int x, int y, int[] start, int[] end) {
        return start[x] != start[y] ? start[x] < start[y] : end[x] != end[y] ? end[x] < end[y] : x < y;
    }
}
