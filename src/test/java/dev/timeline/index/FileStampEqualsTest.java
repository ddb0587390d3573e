package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** FileStamp's written-out equals and hashCode: equal exactly when every field is, as a record's would be. */
class FileStampEqualsTest {

    static final long SEED = Long.getLong("timeline.seed", System.nanoTime());

    @Test
    void equalExactlyWhenEveryFieldIs() {
        System.out.println("FileStampEqualsTest seed=" + SEED + " (rerun with -Dtimeline.seed=" + SEED + ")");
        Random random = new Random(SEED);
        for (int round = 0; round < 1000; round++) {
            long[] f = new long[7];
            for (int i = 0; i < f.length; i++) {
                f[i] = random.nextInt(3) == 0 ? random.nextInt(2) : random.nextLong();
            }
            FileStamp stamp = stamp(f);
            assertThat(stamp).isEqualTo(stamp(f)).hasSameHashCodeAs(stamp(f)).isNotEqualTo(null)
                    .isNotEqualTo("stamp");
            int field = random.nextInt(f.length);
            long[] g = f.clone();
            g[field] = field == 5 ? 1 - (f[5] & 1) : f[field] + 1 + random.nextInt(1000);
            assertThat(stamp).as("field %d differs (seed %d)", field, SEED).isNotEqualTo(stamp(g));
        }
    }

    private static FileStamp stamp(long[] f) {
        return new FileStamp(f[0], f[1], f[2], f[3], f[4], (f[5] & 1) != 0, f[6]);
    }
}
