package dev.timeline.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.timeline.io.Json;
import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.model.Source;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a dataset file in the project's native format, in the layout of {@code data/caucasus.json}: two-space
 * indent, {@code "key": value}, one array element per line, empty arrays as {@code []}, fields in a fixed order,
 * absent optional fields left out. Writing what the dataset reader read gives the same bytes for files in this
 * layout, so tools that rewrite a dataset do not churn its diff. The {@code dataset} output format and the
 * curated store ({@code dev.timeline.dataset.DatasetWriter}) both write through here.
 */
public final class DatasetJson {

    private DatasetJson() {
    }

    public static void write(Dataset dataset, Writer out) throws IOException {
        write(dataset, dataset.actors(), dataset.events()::forEach, out);
    }

    /**
     * Writes a dataset whose events are streamed: {@code header}'s id, version, title and description (its own
     * events are ignored), then {@code actors}, then each event {@code events} hands over, written as it comes.
     */
    public static void write(Dataset header, List<Actor> actors, Consumer<Consumer<Event>> events, Writer out)
            throws IOException {
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(Json.prettyPrinter("  "));
            json.writeStartObject();
            json.writeStringField("id", header.id());
            optional(json, "version", header.version());
            json.writeStringField("title", header.title());
            optional(json, "description", header.description());
            json.writeArrayFieldStart("actors");
            for (Actor actor : actors) {
                writeActor(json, actor);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("events");
            IOException[] failure = new IOException[1];
            events.accept(event -> {
                if (failure[0] == null) {
                    try {
                        writeEvent(json, event);
                    } catch (IOException e) {
                        failure[0] = e;
                    }
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    public static void writeActor(JsonGenerator json, Actor actor) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", actor.id());
        json.writeStringField("name", actor.name());
        json.writeStringField("kind", actor.kind().id());
        optional(json, "country", actor.country());
        if (!actor.aliases().isEmpty()) {
            json.writeArrayFieldStart("aliases");
            for (String alias : actor.aliases()) {
                json.writeString(alias);
            }
            json.writeEndArray();
        }
        optional(json, "position", actor.position());
        optional(json, "partOf", actor.partOf());
        json.writeEndObject();
    }

    public static void writeEvent(JsonGenerator json, Event event) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", event.id());
        json.writeStringField("date", event.date().toString());
        json.writeStringField("title", event.title());
        if (!event.summary().isEmpty()) {
            json.writeStringField("summary", event.summary());
        }
        json.writeStringField("type", event.type().id());
        json.writeArrayFieldStart("actors");
        for (Participation p : event.actors()) {
            json.writeStartObject();
            json.writeStringField("actor", p.actorId());
            json.writeStringField("role", p.role().id());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (event.place() != null) {
            json.writeObjectFieldStart("place");
            optional(json, "name", event.place().name());
            optional(json, "country", event.place().country());
            if (event.place().hasPoint()) {
                json.writeFieldName("lat");
                json.writeNumber(Cells.degrees(event.place().lat()));
                json.writeFieldName("lon");
                json.writeNumber(Cells.degrees(event.place().lon()));
            }
            json.writeEndObject();
        }
        if (event.fatalities() != null) {
            json.writeNumberField("fatalities", event.fatalities());
        }
        json.writeArrayFieldStart("sources");
        for (Source source : event.sources()) {
            json.writeStartObject();
            json.writeStringField("outlet", source.outlet());
            if (source.published() != null) {
                json.writeStringField("published", source.published().toString());
            }
            optional(json, "title", source.title());
            optional(json, "url", source.url());
            optional(json, "note", source.note());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (!event.tags().isEmpty()) {
            json.writeArrayFieldStart("tags");
            for (String tag : event.tags()) {
                json.writeString(tag);
            }
            json.writeEndArray();
        }
        optional(json, "note", event.note());
        optional(json, "dataset", event.dataset());
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }
}
