package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@link IndexCheck} over indexes of several of its blocks: a good index holds, and one damaged value anywhere
 * (the first block, the last, across a block's edge) fails. Seeded; the seed is printed.
 */
class IndexCheckTest {

    static final long SEED = Long.getLong("timeline.seed", System.nanoTime());
    private static final List<Actor> ACTORS = List.of(
            new Actor("a", "A", ActorKind.STATE, null, null, null, null),
            new Actor("b", "B", ActorKind.STATE, null, null, null, null),
            new Actor("c", "C", ActorKind.STATE, null, null, null, null));

    /** The columns of a good index of {@code n} records, to damage before they are made an index. */
    private static final class Columns {
        final int n;
        final int[] start;
        final int[] end;
        final long[] offset;
        final int[] length;
        final int[] line;
        final int[] actorFrom;
        final int[] actorIds;
        int[] byRecord;
        int[] byStart;
        int[] reach;
        /** The start order's last days, as a cached index stores them. */
        int[] byStartEnd;

        Columns(int n, Random random) {
            this.n = n;
            start = new int[n];
            end = new int[n];
            offset = new long[n];
            length = new int[n];
            line = new int[n];
            actorFrom = new int[n + 1];
            actorIds = new int[n];
            long at = 0;
            for (int i = 0; i < n; i++) {
                start[i] = 10_000 + random.nextInt(3_000);
                end[i] = start[i] + random.nextInt(10);
                offset[i] = at;
                length[i] = 1 + random.nextInt(50);
                at += length[i] + 1 + random.nextInt(3);
                line[i] = i == 0 ? 1 : line[i - 1] + 1 + random.nextInt(2);
                actorFrom[i + 1] = i + 1;
                actorIds[i] = random.nextInt(ACTORS.size());
            }
            RecordIndex.StartOrder order = RecordIndex.StartOrder.of(start, end);
            byRecord = new int[n];
            byStart = new int[n];
            reach = new int[n];
            order.record().get(0, byRecord);
            order.start().get(0, byStart);
            order.reach().get(0, reach);
            byStartEnd = new int[n];
            for (int k = 0; k < n; k++) {
                byStartEnd[k] = end[byRecord[k]];
            }
        }

        /**
         * Whether the three parts a cached index of these columns owes hold (see {@link RecordIndex#cached}; its
         * actor columns are in start order, which their check does not look at: it is given these, by record).
         */
        boolean cachedHolds(long contentSize) {
            return IndexCheck.startOrder(n, IntBuffer.wrap(start), IntBuffer.wrap(end), IntBuffer.wrap(byRecord),
                    IntBuffer.wrap(byStart), IntBuffer.wrap(byStartEnd), IntBuffer.wrap(reach))
                    && IndexCheck.actors(n, IntBuffer.wrap(actorFrom), IntBuffer.wrap(actorIds), ACTORS.size(), null)
                    && IndexCheck.records(n, LongBuffer.wrap(offset), IntBuffer.wrap(length), IntBuffer.wrap(line),
                            IntBuffer.wrap(new int[n]), contentSize);
        }

        long contentSize() {
            return n == 0 ? 0 : offset[n - 1] + length[n - 1] + 1;
        }

        RecordIndex index() {
            return new RecordIndex(new FileStamp(contentSize(), 0, 0, 0, 0, false, 0), start, end,
                    LongBuffer.wrap(offset), IntBuffer.wrap(length), IntBuffer.wrap(line),
                    IntBuffer.wrap(new int[n]), IntBuffer.wrap(actorFrom), IntBuffer.wrap(actorIds), ACTORS, null, 0, List.of(),
                    new RecordIndex.StartOrder(IntBuffer.wrap(byRecord), IntBuffer.wrap(byStart),
                            IntBuffer.wrap(byStartEnd), IntBuffer.wrap(reach)));
        }
    }

    private record Damage(String what, Consumer<Columns> change) {
    }

    /** At record (or position) {@code k}: each a change no writer makes. */
    private static List<Damage> damages(int k, Random random) {
        return List.of(
                new Damage("offset before the previous record's end",
                    c -> c.offset[k] = k == 0 ? -1 : c.offset[k - 1] + c.length[k - 1]),
                new Damage("length past the content", c -> c.length[k] = Integer.MAX_VALUE - 1),
                new Damage("negative length", c -> c.length[k] = -1),
                new Damage("line not after the previous", c -> c.line[k] = k == 0 ? 0 : c.line[k - 1]),
                new Damage("span ending before it starts", c -> c.end[k] = c.start[k] - 1),
                new Damage("actor outside the dictionary", c -> c.actorIds[k] = ACTORS.size()),
                new Damage("negative actor", c -> c.actorIds[k] = -1),
                new Damage("start order naming a record twice",
                    c -> c.byRecord[k] = c.byRecord[k == 0 ? 1 : k - 1]),
                new Damage("start order naming no record", c -> c.byRecord[k] = c.n),
                new Damage("start order's day not its record's", c -> c.byStart[k] += 1),
                new Damage("start order not sorted", c -> {
                    int other = k == 0 ? 1 : k - 1;
                    int swap = c.byRecord[k];
                    c.byRecord[k] = c.byRecord[other];
                    c.byRecord[other] = swap;
                    int day = c.byStart[k];
                    c.byStart[k] = c.byStart[other];
                    c.byStart[other] = day;
                }),
                new Damage("reach not the running latest day", c -> c.reach[k] += 1 + random.nextInt(5)),
                new Damage("start order's last day not its record's", c -> c.byStartEnd[k] += 1 + random.nextInt(5)),
                new Damage("start order's days those of another record", c -> {
                    int other = k == 0 ? 1 : k - 1;
                    c.byStart[k] = c.start[c.byRecord[other]];
                    c.byStartEnd[k] = c.end[c.byRecord[other]];
                }));
    }

    @Test
    void aGoodIndexHoldsAndAnyOneDamagedValueFails() {
        System.out.println("IndexCheckTest seed=" + SEED + " (rerun with -Dtimeline.seed=" + SEED + ")");
        Random random = new Random(SEED);
        for (int round = 0; round < 300; round++) {
            int n = 2 + random.nextInt(3 * IndexCheck.BLOCK);
            Columns good = new Columns(n, new Random(random.nextLong()));
            assertThat(holds(good.index(), good.contentSize())).as("round %d, n %d", round, n).isTrue();
            // the first and last record, a block's edges, or anywhere
            int[] places = {0, n - 1, Math.min(n - 1, IndexCheck.BLOCK - 1), Math.min(n - 1, IndexCheck.BLOCK),
                random.nextInt(n)};
            int k = places[random.nextInt(places.length)];
            List<Damage> damages = damages(k, random);
            Damage damage = damages.get(random.nextInt(damages.size()));
            Columns damaged = new Columns(n, new Random(0));
            copy(good, damaged);
            long size = good.contentSize();
            damage.change().accept(damaged);
            if (damage.what().startsWith("start order not sorted") && damaged.byStart[k] == good.byStart[k]) {
                continue; // two records of one day: swapping them changes nothing a reader relies on
            }
            if (damage.what().startsWith("start order's days those of another record")
                    && damaged.byStart[k] == good.byStart[k] && damaged.byStartEnd[k] == good.byStartEnd[k]) {
                continue; // the other record has the very same days: nothing a reader relies on changed
            }
            // the start order's last days are a column of a cached index only
            boolean cachedOnly = damage.what().startsWith("start order's last day")
                    || damage.what().startsWith("start order's days those") && damaged.byStart[k] == good.byStart[k];
            if (!cachedOnly) {
                assertThat(holds(damaged.index(), size))
                        .as("round %d, n %d: %s at %d (seed %d)", round, n, damage.what(), k, SEED).isFalse();
            }
            assertThat(damaged.cachedHolds(size))
                    .as("cached, round %d, n %d: %s at %d (seed %d)", round, n, damage.what(), k, SEED).isFalse();
        }
    }

    /** The parts a cached index owes hold for a good one, and each damage fails one of them. */
    @Test
    void aGoodCachedIndexHoldsInPartsAndAnyOneDamagedValueFailsAPart() {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < 300; round++) {
            int n = 2 + random.nextInt(3 * IndexCheck.BLOCK);
            Columns good = new Columns(n, new Random(random.nextLong()));
            assertThat(good.cachedHolds(good.contentSize())).as("round %d, n %d (seed %d)", round, n, SEED).isTrue();
        }
    }

    private static void copy(Columns from, Columns to) {
        System.arraycopy(from.start, 0, to.start, 0, from.n);
        System.arraycopy(from.end, 0, to.end, 0, from.n);
        System.arraycopy(from.offset, 0, to.offset, 0, from.n);
        System.arraycopy(from.length, 0, to.length, 0, from.n);
        System.arraycopy(from.line, 0, to.line, 0, from.n);
        System.arraycopy(from.actorFrom, 0, to.actorFrom, 0, from.n + 1);
        System.arraycopy(from.actorIds, 0, to.actorIds, 0, from.n);
        to.byRecord = from.byRecord.clone();
        to.byStart = from.byStart.clone();
        to.reach = from.reach.clone();
        to.byStartEnd = from.byStartEnd.clone();
    }

    /**
     * Whether {@code index}, all of whose columns are at hand (no check owed), is consistent: the whole check of
     * the index format before the lazy one, the reference the damages are checked against.
     */
    private static boolean holds(RecordIndex index, long contentSize) {
        int n = index.size();
        return index.start().length == n && index.end().length == n
                && IndexCheck.records(n, index.offset(), index.length(), index.line(), index.idHash(), contentSize)
                && IndexCheck.actors(n, index.actorFrom(), index.actorIds(), index.actors().size(), index.unknown())
                && order(index, n) && index.problemCount() >= index.problems().size();
    }

    /**
     * The start order a permutation of the records, by first day, its starts and reach those of the records
     * (read at random from the day columns: for an index whose day columns did not come from its start order).
     */
    private static boolean order(RecordIndex index, int n) {
        RecordIndex.StartOrder order = index.byStart();
        int[] start = index.start();
        int[] end = index.end();
        if (order == null) {
            for (int i = 0; i < n; i++) {
                if (start[i] > end[i]) {
                    return false;
                }
            }
            return true;
        }
        IntBuffer records = order.record();
        IntBuffer starts = order.start();
        IntBuffer reaches = order.reach();
        if (records.limit() != n || starts.limit() != n || reaches.limit() != n) {
            return false;
        }
        long[] seen = new long[(n + 63) >>> 6];
        int[] record = new int[Math.min(n, IndexCheck.BLOCK)];
        int[] first = new int[record.length];
        int[] reach = new int[record.length];
        int lastStart = Integer.MIN_VALUE;
        int lastReach = Integer.MIN_VALUE;
        for (int from = 0; from < n; from += IndexCheck.BLOCK) {
            int size = Math.min(IndexCheck.BLOCK, n - from);
            records.get(from, record, 0, size);
            starts.get(from, first, 0, size);
            reaches.get(from, reach, 0, size);
            for (int j = 0; j < size; j++) {
                int i = record[j];
                if (i < 0 || i >= n || (seen[i >>> 6] & 1L << i) != 0 || first[j] != start[i]
                        || start[i] > end[i] || first[j] < lastStart || reach[j] != Math.max(lastReach, end[i])) {
                    return false;
                }
                seen[i >>> 6] |= 1L << i;
                lastStart = first[j];
                lastReach = reach[j];
            }
        }
        return true;
    }
}
