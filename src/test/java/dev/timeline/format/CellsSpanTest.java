package dev.timeline.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dates.EventDate;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The start and end cells, whose plain-day dates print their own text, against the span's days printed as ISO:
 * the same cells for every form of date (days of every year width, qualified, masked, date-times, intervals, open
 * ends) and seeded random days. Rerun a failure with {@code -Dtimeline.seed=<seed>}.
 */
class CellsSpanTest {

    @Test
    void startAndEndAreTheSpansDays() {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("CellsSpanTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(List.of("2023-01-27", "0044-03-15", "-0044-03-15", "0000-01-01",
                "9999-12-31", "2023-03-30~", "2023-02?", "2023-03-XX", "2022-10", "2021", "2013/2021", "1991/..",
                "../1991-05-02", "/2020", "2020-05-01T10:30:45-05:00", "2020-05-01T23:30:00+00:00", "19", "Y10000",
                "2020-21", "2023-01-27/2023-01-27", "201X"));
        for (int i = 0; i < 5_000; i++) {
            LocalDate day = LocalDate.ofEpochDay(random.nextInt(4_000_000) - 1_000_000);
            if (day.getYear() >= -9999 && day.getYear() <= 9999) {
                texts.add(EventDate.of(day).toString());
            }
        }
        for (String text : texts) {
            EventDate date = EventDate.parse(text);
            Event event = new Event("e", date, "t", null, EventType.values()[0], null, null, null, null, null, null);
            String start = date.earliest().equals(LocalDate.MIN) ? "" : date.earliest().toString();
            String end = date.latest().equals(LocalDate.MAX) ? "" : date.latest().toString();
            assertThat(Cells.start(event)).as("seed %d: start of %s", seed, text).isEqualTo(start);
            assertThat(Cells.end(event)).as("seed %d: end of %s", seed, text).isEqualTo(end);
        }
    }
}
