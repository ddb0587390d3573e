package dev.timeline.format;

import dev.timeline.model.Coded;

/** Formats for reports that are data but not events (stats, actors, show, validate). */
public enum ReportFormat implements Coded {
    TABLE("table"), CSV("csv"), JSON("json");

    private final String id;

    ReportFormat(String id) {
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
