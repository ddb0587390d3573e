package dev.timeline.chart;

import dev.timeline.dates.EventDate;
import dev.timeline.dates.Precision;

/**
 * How sure and how precise an event's date is, as a chart shows it: one day or a span, and which kinds of
 * fuzziness it has. Several may hold at once ({@code 2023-02~} is imprecise and approximate).
 *
 * @param span        it covers more than one day (drawn as a bar; else as a marker)
 * @param imprecise   known only to a month, season, year or coarser, or with unspecified digits: it happened
 *                    somewhere in the span (hatched)
 * @param approximate qualified {@code ~}: "about" (soft edges)
 * @param uncertain   qualified {@code ?}: "possibly" (dashed outline)
 */
public record DateLook(boolean span, boolean imprecise, boolean approximate, boolean uncertain) {

    public static DateLook of(EventDate date) {
        boolean span = !date.earliest().equals(date.latest());
        boolean imprecise = date.hasUnspecifiedDigits() || !date.isInterval() && date.precision() != Precision.DAY;
        return new DateLook(span, imprecise, date.isApproximate(), date.isUncertain());
    }

    /** Any of imprecise, approximate or uncertain. */
    public boolean fuzzy() {
        return imprecise || approximate || uncertain;
    }
}
