package dev.timeline.fuzz;

import dev.timeline.dates.EdtfException;
import dev.timeline.dates.EventDate;
import dev.timeline.dates.PeriodExpression;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * EDTF dates and the period expressions people type. Seeds: {@code DatesFuzzTestInputs/<method>/}, one text each.
 *
 * <p>Beyond "only our own errors": what parses must print as EDTF that parses back to the same date, with a span
 * whose first day is not after its last.
 */
class DatesFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void edtf(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        EventDate date;
        try {
            date = EventDate.parse(text);
        } catch (EdtfException e) {
            Harness.requireMessage(e);
            return;
        }
        EventDate again = EventDate.parse(date.toString());
        if (!again.equals(date)) {
            throw new AssertionError("'" + text + "' prints as '" + date + "', which reads back as '" + again + "'");
        }
        if (date.earliest() != null && date.latest() != null && date.earliest().isAfter(date.latest())) {
            throw new AssertionError("'" + text + "' spans " + date.earliest() + ".." + date.latest());
        }
        date.describe();
        date.precision();
    }

    @FuzzTest(maxDuration = "60s")
    void period(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        PeriodExpression period;
        try {
            period = PeriodExpression.parse(text);
        } catch (IllegalArgumentException e) {
            // the documented refusal (EdtfException is one too), with a one-line message naming the forms
            Harness.requireMessage(e);
            return;
        }
        if (period.range() == null) {
            throw new AssertionError("'" + text + "' parsed without a range");
        }
        PeriodExpression again = PeriodExpression.parse(period.toString());
        if (!again.range().equals(period.range())) {
            throw new AssertionError("'" + text + "' prints as '" + period + "', which covers " + again.range()
                    + " instead of " + period.range());
        }
    }
}
