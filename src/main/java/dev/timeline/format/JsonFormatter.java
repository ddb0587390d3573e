package dev.timeline.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.timeline.io.Json;
import dev.timeline.model.Actor;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.model.Source;
import dev.timeline.query.Corroboration;
import dev.timeline.query.CorroborationGroup;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The JSON contract (design.md): an array of event objects, two-space indented, with a trailing newline; or JSON
 * Lines, one compact object per line, flushed as each is written so a reader downstream sees events as they come.
 * With corroboration ({@code --corroborate}, see {@link CorroborationFormats}) each object ends with
 * {@code corroboratedBy}: the other records of its group as {@code {dataset, id, title, sources}}, empty when it is in
 * none.
 */
final class JsonFormatter implements Formatter {

    private final Map<String, Actor> actors;
    private final boolean lines;
    /** The groups to write in {@code corroboratedBy}, or null for none. */
    private final Corroboration corroboration;

    private JsonFormatter(FormatContext context, boolean lines) {
        this(context.actors(), lines, null);
    }

    private JsonFormatter(Map<String, Actor> actors, boolean lines, Corroboration corroboration) {
        this.actors = actors;
        this.lines = lines;
        this.corroboration = corroboration;
    }

    /** The same formatter, writing each event's {@code corroboratedBy} from {@code groups}. */
    JsonFormatter corroborated(Corroboration groups) {
        return new JsonFormatter(actors, lines, groups);
    }

    static JsonFormatter array(FormatContext context) {
        return new JsonFormatter(context, false);
    }

    static JsonFormatter lines(FormatContext context) {
        return new JsonFormatter(context, true);
    }

    @Override
    public void write(Iterable<Event> events, Writer out) throws IOException {
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (lines) {
                json.setPrettyPrinter(new MinimalPrettyPrinter(""));
                for (Event event : events) {
                    writeEvent(json, event);
                    json.writeRaw('\n');
                    json.flush();
                }
                return;
            }
            json.setPrettyPrinter(Json.prettyPrinter("  "));
            json.writeStartArray();
            for (Event event : events) {
                writeEvent(json, event);
            }
            json.writeEndArray();
            json.writeRaw('\n');
        }
    }

    void writeEvent(JsonGenerator json, Event event) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", event.id());
        json.writeStringField("date", event.date().toString());
        nullableString(json, "start", Cells.start(event));
        nullableString(json, "end", Cells.end(event));
        json.writeStringField("type", event.type().id());
        json.writeStringField("title", event.title());
        json.writeStringField("summary", event.summary());
        json.writeArrayFieldStart("actors");
        for (Participation p : event.actors()) {
            json.writeStartObject();
            json.writeStringField("id", p.actorId());
            json.writeStringField("name", Cells.name(p, actors));
            json.writeStringField("role", p.role().id());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (event.place() == null) {
            json.writeNullField("place");
        } else {
            json.writeObjectFieldStart("place");
            json.writeStringField("name", event.place().name());
            json.writeStringField("country", event.place().country());
            if (event.place().hasPoint()) {
                json.writeFieldName("lat");
                json.writeNumber(Cells.degrees(event.place().lat()));
                json.writeFieldName("lon");
                json.writeNumber(Cells.degrees(event.place().lon()));
            }
            json.writeEndObject();
        }
        if (event.fatalities() == null) {
            json.writeNullField("fatalities");
        } else {
            json.writeNumberField("fatalities", event.fatalities());
        }
        writeSources(json, event);
        json.writeArrayFieldStart("tags");
        for (String tag : event.tags()) {
            json.writeString(tag);
        }
        json.writeEndArray();
        if (event.dataset() != null) {
            json.writeStringField("dataset", event.dataset());
        }
        if (corroboration != null) {
            writeCorroboratedBy(json, event);
        }
        json.writeEndObject();
    }

    private void writeCorroboratedBy(JsonGenerator json, Event event) throws IOException {
        CorroborationGroup group = corroboration.groupOf(event);
        json.writeArrayFieldStart("corroboratedBy");
        if (group != null) {
            for (Event other : group.records()) {
                if (other == event) {
                    continue;
                }
                json.writeStartObject();
                json.writeStringField("dataset", other.dataset());
                json.writeStringField("id", other.id());
                json.writeStringField("title", other.title());
                writeSources(json, other);
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    static void writeSources(JsonGenerator json, Event event) throws IOException {
        json.writeArrayFieldStart("sources");
        for (Source s : event.sources()) {
            json.writeStartObject();
            json.writeStringField("outlet", s.outlet());
            json.writeStringField("published", s.published() == null ? null : s.published().toString());
            if (s.title() != null) {
                json.writeStringField("title", s.title());
            }
            if (s.url() != null) {
                json.writeStringField("url", s.url());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void nullableString(JsonGenerator json, String field, String value) throws IOException {
        if (value.isEmpty()) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
