package dev.timeline.chart;

import dev.timeline.model.Event;
import java.util.List;

/**
 * One row of a chart.
 *
 * @param key     stable id: an actor id, a country code, a type id, or {@link #OTHER}
 * @param label   what the row is called
 * @param detail  a longer description for a tooltip (what the lane gathers)
 * @param events  the events drawn in it, in date order
 */
public record Lane(String key, String label, String detail, List<Event> events) {

    /** The key of the lane that gathers the lanes beyond a chart's maximum. */
    public static final String OTHER = "*other*";

    public Lane {
        events = List.copyOf(events);
    }
}
