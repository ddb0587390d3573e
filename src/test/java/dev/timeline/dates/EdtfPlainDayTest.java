package dev.timeline.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast path for {@code YYYY-MM-DD} against the full parser: exhaustively over months 00..13 and days 00..32 of
 * years around every century's edge and leap rule, it reads exactly the days the full parser accepts, as the same
 * date; on seeded random ten-character texts it reads nothing the full parser would read otherwise. Rerun a failure
 * with {@code -Dtimeline.seed=<seed>}.
 */
class EdtfPlainDayTest {

    @Test
    void readsExactlyTheDaysTheFullParserAccepts() {
        int[] years = {0, 1, 4, 99, 100, 400, 1000, 1899, 1900, 1996, 2000, 2023, 2024, 2100, 2400, 9996, 9999};
        int read = 0;
        for (int year : years) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = String.format("%04d-%02d-%02d", year, month, day);
                    read += compare(text) ? 1 : 0;
                }
            }
        }
        assertThat(read).isEqualTo(years.length * 365 + 8); // leap: 0, 4, 400, 1996, 2000, 2024, 2400, 9996
    }

    @Test
    void readsNothingElseOnRandomTexts() {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("EdtfPlainDayTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        String alphabet = "0123456789-X/~?%T .";
        for (int i = 0; i < 200_000; i++) {
            char[] text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33)).toCharArray();
            int changes = random.nextInt(3);
            for (int k = 0; k < changes; k++) {
                text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            compare(new String(text));
        }
    }

    /** Whether the fast path read {@code text}; fails when it and the full parser disagree. */
    private static boolean compare(String text) {
        EventDate fast = EdtfParser.plainDay(text);
        EventDate full;
        try {
            full = EdtfParser.parseInFull(text);
        } catch (EdtfException e) {
            full = null;
        }
        boolean fullIsPlainDay = full != null && !full.isInterval() && full.precision() == Precision.DAY
                && !text.contains("T");
        if (fast == null) {
            assertThat(fullIsPlainDay).as("'%s' is a day the fast path leaves to the full parser", text).isFalse();
            return false;
        }
        assertThat(full).as(text).isEqualTo(fast);
        assertThat(fast.toString()).isEqualTo(full.toString());
        assertThat(fast.span()).isEqualTo(full.span());
        assertThat(fast.precision()).isEqualTo(full.precision());
        assertThat(fast.isUncertain() || fast.isApproximate() || fast.hasUnspecifiedDigits()).isFalse();
        assertThat(full.isUncertain() || full.isApproximate() || full.hasUnspecifiedDigits()).isFalse();
        return true;
    }
}
