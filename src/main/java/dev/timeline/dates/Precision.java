package dev.timeline.dates;

/** How precisely a date is known, finest first. Compare with {@link #compareTo}: smaller is finer. */
public enum Precision {
    DAY("day"),
    MONTH("month"),
    SEASON("season"),
    YEAR("year"),
    DECADE("decade"),
    CENTURY("century"),
    /** Nothing is known of it, e.g. {@code XXXX} or an interval with an unknown end. */
    UNKNOWN("unknown");

    private final String id;

    Precision(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** True when a date of this precision is known at least as finely as {@code other}. */
    public boolean atLeast(Precision other) {
        return compareTo(other) <= 0;
    }

    @Override
    public String toString() {
        return id;
    }
}
