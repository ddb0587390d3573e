package dev.timeline.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.timeline.dates.Precision;
import java.io.IOException;
import java.time.LocalDate;

/**
 * A TimelineJS3 date object: a year, and a month and day only when they are known. Written as strings
 * ({@code "year": "2023"}), as in every example TimelineJS ships.
 *
 * @param year  the year (negative before 1 CE, as TimelineJS reads it)
 * @param month 1..12, or 0 when not known
 * @param day   1..31, or 0 when not known (always 0 when {@code month} is)
 */
record TimelineJsDate(int year, int month, int day) {

    /** The day {@code date}, to day precision. */
    static TimelineJsDate day(LocalDate date) {
        return new TimelineJsDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * {@code date} to {@code precision}: a day at day precision, its month at month precision, its year otherwise
     * (seasons, decades and centuries included: TimelineJS has nothing between a month and a year).
     */
    static TimelineJsDate of(LocalDate date, Precision precision) {
        return switch (precision) {
            case DAY -> day(date);
            case MONTH -> new TimelineJsDate(date.getYear(), date.getMonthValue(), 0);
            default -> new TimelineJsDate(date.getYear(), 0, 0);
        };
    }

    /** Writes {@code "field": {"year": ..., "month": ..., "day": ...}}, leaving out what is not known. */
    void write(JsonGenerator json, String field) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("year", Integer.toString(year));
        if (month != 0) {
            json.writeStringField("month", Integer.toString(month));
        }
        if (day != 0) {
            json.writeStringField("day", Integer.toString(day));
        }
        json.writeEndObject();
    }
}
