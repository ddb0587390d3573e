package dev.timeline.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.timeline.format.DatasetJson;
import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a dataset file in the project's native format (the layout {@link DatasetJson} describes): what
 * {@link DatasetReader} read gives the same bytes, so tools that rewrite a dataset do not churn its diff. The
 * serialisation itself lives in {@code format}, which the {@code dataset} output format shares, so that
 * {@code format} needs nothing from the store.
 */
public final class DatasetWriter {

    private DatasetWriter() {
    }

    public static void write(Dataset dataset, Writer out) throws IOException {
        DatasetJson.write(dataset, out);
    }

    /**
     * Writes a dataset whose events are streamed: {@code header}'s id, version, title and description (its own
     * events are ignored), then {@code actors}, then each event {@code events} hands over, written as it comes.
     */
    public static void write(Dataset header, List<Actor> actors, Consumer<Consumer<Event>> events, Writer out)
            throws IOException {
        DatasetJson.write(header, actors, events, out);
    }

    /** Writes one event object, as it stands in a dataset file's {@code events} array. */
    public static void writeEvent(JsonGenerator json, Event event) throws IOException {
        DatasetJson.writeEvent(json, event);
    }

    /** Writes one actor object, as it stands in a dataset file's {@code actors} array. */
    public static void writeActor(JsonGenerator json, Actor actor) throws IOException {
        DatasetJson.writeActor(json, actor);
    }
}
