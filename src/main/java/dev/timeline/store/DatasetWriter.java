package dev.timeline.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the native dataset JSON that {@link DatasetReader} reads, streaming: the header and actors first, then
 * each event as it comes, so converting a big file never holds its events.
 */
public final class DatasetWriter {

    private DatasetWriter() {
    }

    /**
     * Writes a dataset with {@code header}'s id, title and description, {@code actors}, and the events
     * {@code events} hands to its consumer.
     */
    public static void write(Dataset header, List<Actor> actors, Consumer<Consumer<Event>> events, Writer out)
            throws IOException {
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
            json.writeStartObject();
            json.writeStringField("id", header.id());
            if (header.version() != null) {
                json.writeStringField("version", header.version());
            }
            json.writeStringField("title", header.title());
            if (header.description() != null) {
                json.writeStringField("description", header.description());
            }
            json.writeArrayFieldStart("actors");
            for (Actor actor : actors) {
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
                optional(json, "partOf", actor.partOf());
                optional(json, "position", actor.position());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("events");
            try {
                events.accept(event -> {
                    try {
                        event(json, event);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void event(JsonGenerator json, Event event) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", event.id());
        json.writeStringField("date", event.date().toString());
        json.writeStringField("title", event.title().isBlank() ? event.id() : event.title());
        optional(json, "summary", event.summary());
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
            json.writeEndObject();
        }
        if (event.fatalities() != null) {
            json.writeNumberField("fatalities", event.fatalities());
        }
        if (!event.sources().isEmpty()) {
            json.writeArrayFieldStart("sources");
            for (Source s : event.sources()) {
                json.writeStartObject();
                optional(json, "outlet", s.outlet());
                optional(json, "published", s.published() == null ? null : s.published().toString());
                optional(json, "title", s.title());
                optional(json, "url", s.url());
                optional(json, "note", s.note());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!event.tags().isEmpty()) {
            json.writeArrayFieldStart("tags");
            for (String tag : event.tags()) {
                json.writeString(tag);
            }
            json.writeEndArray();
        }
        optional(json, "note", event.note());
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            json.writeStringField(field, value);
        }
    }
}
