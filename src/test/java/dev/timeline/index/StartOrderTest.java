package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The start order of a cached index against a plain sort, and its window searches against a scan. */
class StartOrderTest {

    static final long SEED = Long.getLong("timeline.seed", System.nanoTime());

    @Test
    void sortsLikeASortAndFindsWindowsLikeAScan() {
        System.out.println("StartOrderTest seed=" + SEED + " (rerun with -Dtimeline.seed=" + SEED + ")");
        Random random = new Random(SEED);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(300);
            boolean wide = random.nextInt(10) == 0; // days too far apart for the counting sort
            int[] start = new int[n];
            int[] end = new int[n];
            for (int i = 0; i < n; i++) {
                start[i] = random.nextInt(20) == 0 ? Integer.MIN_VALUE
                        : wide ? random.nextInt() / 2 : 10_000 + random.nextInt(400);
                end[i] = random.nextInt(20) == 0 ? Integer.MAX_VALUE
                        : start[i] == Integer.MIN_VALUE ? 10_000 + random.nextInt(400)
                        : start[i] + random.nextInt(40);
            }
            RecordIndex.StartOrder order = RecordIndex.StartOrder.of(start, end);
            int[] expected = IntStream.range(0, n).boxed()
                    .sorted(Comparator.<Integer>comparingInt(i -> start[i]).thenComparingInt(i -> i))
                    .mapToInt(Integer::intValue).toArray();
            int[] actual = new int[n];
            order.record().get(0, actual);
            assertThat(actual).isEqualTo(expected);
            for (int q = 0; q < 20; q++) {
                int from = 10_000 + random.nextInt(450) - 25;
                int to = from + random.nextInt(60);
                int window = order.firstStartAfter(to);
                int reaching = order.firstReaching(from);
                int within = order.firstStartFrom(from);
                for (int k = 0; k < n; k++) {
                    int i = actual[k];
                    boolean overlaps = start[i] <= to && end[i] >= from;
                    boolean inside = start[i] >= from && end[i] <= to;
                    if (overlaps) {
                        assertThat(k).isBetween(reaching, window - 1);
                    }
                    if (inside) {
                        assertThat(k).isBetween(within, window - 1);
                    }
                }
            }
        }
    }
}
