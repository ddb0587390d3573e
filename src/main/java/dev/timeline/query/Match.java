package dev.timeline.query;

/** How an event's possible span must relate to a query range. */
public enum Match {
    /** The event may fall in the range: its span touches the range. */
    OVERLAPS,
    /** The event certainly falls in the range: its whole span lies inside. */
    WITHIN
}
