package dev.timeline.chart;

import dev.timeline.model.Coded;

/**
 * What a chart's lanes stand for. With {@link #ACTOR} (the default) a lane is a top-level actor: an actor's
 * {@code partOf} chain is followed to its root, so the IRGC, Iran's foreign minister and its army all act in the
 * "Iran" lane. {@link #COUNTRY} groups actors by their country code (or their root's), {@link #TYPE} events by type,
 * {@link #DATASET} events by the dataset they were read from (when several are read together).
 */
public enum LaneMode implements Coded {
    ACTOR("actor"),
    TYPE("type"),
    COUNTRY("country"),
    DATASET("dataset");

    private final String id;

    LaneMode(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
