package dev.timeline.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Exhaustive over small domains, against a linear scan: every sorted array of 0..6 keys from 0..3, every day. */
class BinarySearchTest {

    private static final LocalDate BASE = LocalDate.of(2023, 3, 1);

    @Test
    void findsWhatALinearScanFinds() {
        int checked = 0;
        for (int size = 0; size <= 6; size++) {
            int[] keys = new int[size];
            for (boolean more = true; more; more = next(keys, 3)) {
                for (int day = -1; day <= 4; day++) {
                    int d = day;
                    assertThat(BinarySearch.firstTrue(size, i -> keys[i] > d)).as("first > %d", d)
                            .isEqualTo(linear(keys, d + 1));
                    assertThat(BinarySearch.firstTrue(size, i -> keys[i] >= d)).as("first >= %d", d)
                            .isEqualTo(linear(keys, d));
                    LocalDate[] days = new LocalDate[size];
                    for (int i = 0; i < size; i++) {
                        days[i] = BASE.plusDays(keys[i]);
                    }
                    assertThat(BinarySearch.firstAfter(days, BASE.plusDays(d))).as("first day after %d", d)
                            .isEqualTo(linear(keys, d + 1));
                    assertThat(BinarySearch.firstOnOrAfter(days, BASE.plusDays(d))).as("first day from %d", d)
                            .isEqualTo(linear(keys, d));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    /** The first position whose key is at least {@code day}. */
    private static int linear(int[] keys, int day) {
        int i = 0;
        while (i < keys.length && keys[i] < day) {
            i++;
        }
        return i;
    }

    /** The next non-decreasing array of keys in 0..max, false after the last. */
    private static boolean next(int[] keys, int max) {
        for (int i = keys.length - 1; i >= 0; i--) {
            if (keys[i] < max) {
                keys[i]++;
                for (int j = i + 1; j < keys.length; j++) {
                    keys[j] = keys[i];
                }
                return true;
            }
        }
        return false;
    }
}
