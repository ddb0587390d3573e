package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dates.EdtfException;
import dev.timeline.dates.EventDate;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The index's byte-level date reading ({@link IndexRow#days}) agrees with {@link EventDate#parse} on every text it
 * accepts, and accepts every day, month and interval of days the parser accepts: exhaustively over every month and
 * day number 00-39 of years at the edges of the calendar's rules, and over seeded random texts of the three shapes
 * (valid and not). The seed is printed.
 */
class IndexRowDaysTest {

    private static final int[] YEARS = {0, 1, 4, 99, 100, 400, 1582, 1900, 1969, 1970, 2000, 2023, 2024, 2100, 9999};

    @Test
    void everyDayAndMonthOfEdgeYears() {
        for (int year : YEARS) {
            for (int month = 0; month < 40; month++) {
                check(String.format("%04d-%02d", year, month));
                for (int day = 0; day < 40; day++) {
                    check(String.format("%04d-%02d-%02d", year, month, day));
                }
            }
        }
    }

    @Test
    void intervalsAroundMonthAndYearEnds() {
        String[] days = {"0000-02-29", "0000-03-01", "1999-12-31", "2000-01-01", "2000-02-29", "2001-02-29",
            "2023-01-31", "2023-02-01", "9999-12-31"};
        for (String first : days) {
            for (String last : days) {
                check(first + "/" + last);
            }
        }
    }

    @Test
    void seededRandomTexts() {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("IndexRowDaysTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int c = 0; c < 20_000; c++) {
            String text = switch (random.nextInt(4)) {
                case 0 -> day(random);
                case 1 -> day(random).substring(0, 7);
                case 2 -> day(random) + "/" + day(random);
                default -> mutate(day(random) + (random.nextBoolean() ? "/" + day(random) : ""), random);
            };
            check(text);
        }
    }

    private static String day(Random random) {
        int year = random.nextInt(10) == 0 ? random.nextInt(10_000) : 1990 + random.nextInt(40);
        int month = random.nextInt(8) == 0 ? random.nextInt(20) : 1 + random.nextInt(12);
        int day = random.nextInt(8) == 0 ? random.nextInt(40) : 1 + random.nextInt(31);
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    /** One byte of {@code text} replaced by a byte that breaks or bends the shape. */
    private static String mutate(String text, Random random) {
        char[] chars = text.toCharArray();
        String alphabet = "0123456789-/:~?X \\";
        chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
        return new String(chars);
    }

    private static void check(String text) {
        byte[] bytes = ("\"" + text + "\"").getBytes(StandardCharsets.UTF_8);
        IndexRow row = new IndexRow();
        row.start = 7;
        row.end = 7;
        boolean fast = row.days(bytes, 1, bytes.length - 1);
        EventDate parsed;
        try {
            parsed = EventDate.parse(text);
        } catch (EdtfException e) {
            parsed = null;
        }
        // months 13-41 are EDTF's seasons and quarters, the parser's to read
        String month = "\\d{4}-(0[1-9]|1[0-2])";
        boolean shape = text.matches(month + "(-\\d{2}(/" + month + "-\\d{2})?)?");
        if (fast) {
            assertThat(parsed).as("%s is read by the index but not by the parser", text).isNotNull();
            assertThat(row.start).as("first day of %s", text).isEqualTo(IndexRow.day(parsed.earliest()));
            assertThat(row.end).as("last day of %s", text).isEqualTo(IndexRow.day(parsed.latest()));
        } else {
            assertThat(row.start).as("%s: nothing set when declined", text).isEqualTo(7);
            assertThat(row.end).isEqualTo(7);
            assertThat(parsed != null && shape).as("%s is a day, month or interval the parser reads", text).isFalse();
        }
    }
}
