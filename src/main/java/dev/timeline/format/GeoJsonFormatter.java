package dev.timeline.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.timeline.io.Json;
import dev.timeline.model.Event;
import dev.timeline.model.Place;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * GeoJSON (RFC 7946): one FeatureCollection, one Point Feature per event that has a point, its {@code id} the
 * event's id and its properties the event's contract fields flattened for GIS tools, which read flat attribute
 * tables: {@code date}, {@code start}, {@code end}, {@code type}, {@code title}, {@code summary}, {@code actors}
 * and {@code sources} as the CSV contract joins them, {@code place} (the name), {@code country},
 * {@code fatalities}, {@code tags} (an array of strings) and {@code dataset} when the event has one. Every feature
 * has the same properties, null where the event has no value, so that a reader infers one schema.
 *
 * <p>Features are written as the events come (a million-event export holds one event at a time); the events
 * without a point are counted and said once on {@link FormatContext#notices()}. Positions are {@code [lon, lat]}
 * (RFC 7946 §3.1.1), at most 7 decimals (about a centimetre; §11.2 advises against false precision). No
 * {@code crs} and no {@code bbox}: WGS 84 is the RFC's only datum, and a bounding box would have to come first,
 * before the events are seen. Text goes through the project's {@link Json#FACTORY}, so DEL, C1 controls and bidi
 * overrides are escaped as in every JSON output. The media type is {@code application/geo+json}.
 */
final class GeoJsonFormatter implements Formatter {

    /** Decimal places kept in a coordinate. */
    static final int DECIMALS = 7;

    private final FormatContext context;

    GeoJsonFormatter(FormatContext context) {
        this.context = context;
    }

    @Override
    public void write(Iterable<Event> events, Writer out) throws IOException {
        long total = 0;
        long leftOut = 0;
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(Json.prettyPrinter("  "));
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (Event event : events) {
                total++;
                if (event.place() == null || !event.place().hasPoint()) {
                    leftOut++;
                    continue;
                }
                writeFeature(json, event);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        if (leftOut > 0) {
            context.notices().accept(leftOut + " of " + total + (total == 1 ? " event has" : " events have")
                    + " no coordinates; left out of the GeoJSON");
        }
    }

    private void writeFeature(JsonGenerator json, Event event) throws IOException {
        Place place = event.place();
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", event.id());
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        json.writeNumber(coordinate(place.lon()));
        json.writeNumber(coordinate(place.lat()));
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("date", event.date().toString());
        nullable(json, "start", Cells.start(event));
        nullable(json, "end", Cells.end(event));
        json.writeStringField("type", event.type().id());
        json.writeStringField("title", event.title());
        json.writeStringField("summary", event.summary());
        json.writeStringField("actors", Cells.actors(event, context.actors()));
        json.writeStringField("place", place.name());
        json.writeStringField("country", place.country());
        if (event.fatalities() == null) {
            json.writeNullField("fatalities");
        } else {
            json.writeNumberField("fatalities", event.fatalities());
        }
        json.writeStringField("sources", Cells.sources(event));
        json.writeArrayFieldStart("tags");
        for (String tag : event.tags()) {
            json.writeString(tag);
        }
        json.writeEndArray();
        if (event.dataset() != null) {
            json.writeStringField("dataset", event.dataset());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** {@code degrees} rounded to {@link #DECIMALS} places, without trailing zeros or an exponent: "51.389", "180". */
    static String coordinate(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    private static void nullable(JsonGenerator json, String field, String value) throws IOException {
        if (value.isEmpty()) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
