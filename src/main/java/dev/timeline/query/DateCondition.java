package dev.timeline.query;

import dev.timeline.model.Event;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * One condition on an event's date: its possible span must touch ({@link Match#OVERLAPS}) or lie inside
 * ({@link Match#WITHIN}) {@code range}.
 */
public record DateCondition(LocalDateRange range, Match match) {

    public DateCondition {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(match, "match");
    }

    /** Events whose whole span ends before {@code pivot} starts. */
    public static DateCondition certainlyBefore(LocalDateRange pivot) {
        return new DateCondition(LocalDateRange.ofUnboundedStart(pivot.getStart()), Match.WITHIN);
    }

    /** Events whose whole span starts after {@code pivot} ends. */
    public static DateCondition certainlyAfter(LocalDateRange pivot) {
        return new DateCondition(LocalDateRange.ofUnboundedEnd(pivot.getEnd()), Match.WITHIN);
    }

    public boolean test(Event event) {
        LocalDateRange span = event.date().span();
        return match == Match.WITHIN ? range.encloses(span) : range.overlaps(span);
    }
}
