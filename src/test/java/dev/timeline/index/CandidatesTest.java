package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The primitive sort of candidates gives the order the boxed comparator sort gave. Seeded; the seed is printed. */
class CandidatesTest {

    @Test
    void sortsLikeTheComparatorOverBoxedRecords() {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("CandidatesTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int c = 0; c < 500; c++) {
            int n = random.nextInt(c < 50 ? 20 : 3000);
            int days = 1 + random.nextInt(40);
            int[] start = new int[n];
            int[] end = new int[n];
            for (int i = 0; i < n; i++) {
                start[i] = random.nextInt(10) == 0 ? Integer.MIN_VALUE : random.nextInt(days);
                end[i] = random.nextInt(10) == 0 ? Integer.MAX_VALUE : Math.max(start[i], random.nextInt(days));
            }
            int[] records = random.ints(random.nextInt(n + 1), 0, Math.max(n, 1)).distinct().toArray();
            if (n == 0) {
                records = new int[0];
            }
            Integer[] boxed = Arrays.stream(records).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, Comparator.<Integer>comparingInt(i -> start[i]).thenComparingInt(i -> end[i])
                    .thenComparingInt(i -> i));
            Candidates.sort(records, start, end);
            assertThat(records).as("case %d (seed %d)", c, seed)
                    .containsExactly(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
        }
    }
}
