package dev.timeline.format;

import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import java.util.Map;
import java.util.Objects;

/**
 * What a formatter may need besides the events.
 *
 * @param dataset   the dataset the events come from (title, actors)
 * @param width     columns available to a table
 * @param neutralize whether spreadsheet formula triggers in CSV cells are neutralised
 * @param pivotId   the event a query was centred on ({@code --around}), marked in tables; or null
 */
public record FormatContext(Dataset dataset, int width, boolean neutralize, String pivotId) {

    public FormatContext {
        Objects.requireNonNull(dataset, "dataset");
    }

    public Map<String, Actor> actors() {
        return dataset.actorsById();
    }
}
