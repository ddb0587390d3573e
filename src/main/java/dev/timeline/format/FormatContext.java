package dev.timeline.format;

import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a formatter may need besides the events. Build with {@link #of(Dataset)} and the {@code with…} methods.
 *
 * @param dataset        the dataset the events come from (id, title)
 * @param actors         every actor the events may name, by id
 * @param width          columns available to a table
 * @param escapeFormulas whether spreadsheet formula triggers in CSV/TSV cells are neutralised
 * @param pivotId        the event a query was centred on ({@code --around}), marked in tables; or null
 * @param color          whether a table may use ANSI colours
 * @param query          the query as the user typed it (for headings), "" when none
 * @param timestamp      a fixed creation time (e.g. from {@code SOURCE_DATE_EPOCH}), or null to derive one from
 *                       the data so that the same input always gives the same bytes
 * @param notices        where a formatter reports what it left out (the CLI prints these on stderr)
 * @param datasetColumn  whether tabular formats add a {@code dataset} column (the events' origin): when a run reads
 *                       several datasets
 */
public record FormatContext(Dataset dataset, Map<String, Actor> actors, int width, boolean escapeFormulas, String pivotId, boolean color,
        String query, Instant timestamp, Consumer<String> notices, boolean datasetColumn) {

    public FormatContext {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(notices, "notices");
    }

    /** Notices nobody listens to (a class, not a lambda: every run makes a context, and JDK 17 links lambdas). */
    private static final Consumer<String> DROPPED = new Consumer<>() {
        @Override
        public void accept(String notice) {
        }
    };

    /**
     * Defaults: width 100, formulas escaped, no pivot, no colour, no query, derived timestamp, notices dropped, no
     * dataset column.
     */
    public static FormatContext of(Dataset dataset) {
        return new FormatContext(dataset, dataset.actorsById(), 100, true, null, false, "", null, DROPPED, false);
    }

    public FormatContext withWidth(int columns) {
        return new FormatContext(dataset, actors, columns, escapeFormulas, pivotId, color, query, timestamp, notices,
                datasetColumn);
    }

    public FormatContext withEscapeFormulas(boolean escape) {
        return new FormatContext(dataset, actors, width, escape, pivotId, color, query, timestamp, notices,
                datasetColumn);
    }

    public FormatContext withPivot(String eventId) {
        return new FormatContext(dataset, actors, width, escapeFormulas, eventId, color, query, timestamp, notices,
                datasetColumn);
    }

    public FormatContext withColor(boolean ansi) {
        return new FormatContext(dataset, actors, width, escapeFormulas, pivotId, ansi, query, timestamp, notices,
                datasetColumn);
    }

    public FormatContext withQuery(String typed) {
        return new FormatContext(dataset, actors, width, escapeFormulas, pivotId, color, typed, timestamp, notices,
                datasetColumn);
    }

    public FormatContext withTimestamp(Instant fixed) {
        return new FormatContext(dataset, actors, width, escapeFormulas, pivotId, color, query, fixed, notices,
                datasetColumn);
    }

    public FormatContext withNotices(Consumer<String> sink) {
        return new FormatContext(dataset, actors, width, escapeFormulas, pivotId, color, query, timestamp, sink,
                datasetColumn);
    }

    /** The same context with a {@code dataset} column in tables, CSV, TSV and xlsx ({@code several}) or without. */
    public FormatContext withDatasetColumn(boolean several) {
        return new FormatContext(dataset, actors, width, escapeFormulas, pivotId, color, query, timestamp, notices,
                several);
    }

    /** The same context naming actors from {@code byId} (big inputs, whose actors the dataset does not list). */
    public FormatContext withActors(Map<String, Actor> byId) {
        return new FormatContext(dataset, byId, width, escapeFormulas, pivotId, color, query, timestamp, notices,
                datasetColumn);
    }
}
