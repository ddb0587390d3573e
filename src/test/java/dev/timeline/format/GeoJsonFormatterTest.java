package dev.timeline.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.timeline.dates.EventDate;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Participation;
import dev.timeline.model.Place;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import dev.timeline.support.Fixtures;
import dev.timeline.support.Nasty;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GeoJSON as a reader sees it: parsed back with Jackson and checked against RFC 7946's shape. */
class GeoJsonFormatterTest {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Dataset BUNDLED = Fixtures.bundled();
    static final List<String> PROPERTIES = List.of("date", "start", "end", "type", "title", "summary", "actors",
            "place", "country", "fatalities", "sources", "tags");

    static String render(FormatContext context, Iterable<Event> events) throws IOException {
        StringWriter out = new StringWriter();
        OutputFormat.GEOJSON.formatter(context).write(events, out);
        return out.toString();
    }

    static Event at(String id, Place place) {
        return new Event(id, EventDate.parse("2023-03-28"), "Title " + id, "Summary", EventType.ARMED_ATTACK,
                List.of(new Participation("azerbaijan", Role.TARGET)), place, null,
                List.of(new Source("Trend", EventDate.parse("2023-03-29"), null, null, null)), List.of(), null);
    }

    @Test
    void theBundledDatasetIsAFeatureCollectionOfItsPointsLonFirst() throws IOException {
        List<String> notices = new ArrayList<>();
        String text = render(FormatContext.of(BUNDLED).withNotices(notices::add), BUNDLED.events());
        JsonNode root = MAPPER.readTree(text);
        assertThat(fieldNames(root)).containsExactly("type", "features");
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        List<Event> located = BUNDLED.events().stream().filter(e -> e.place() != null && e.place().hasPoint())
                .toList();
        assertThat(located).hasSize(3);
        JsonNode features = root.get("features");
        assertThat(features).hasSize(located.size());
        for (int i = 0; i < located.size(); i++) {
            Event event = located.get(i);
            JsonNode feature = features.get(i);
            assertThat(fieldNames(feature)).containsExactly("type", "id", "geometry", "properties");
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            assertThat(feature.get("id").asText()).isEqualTo(event.id());
            assertThat(feature.get("geometry").get("type").asText()).isEqualTo("Point");
            JsonNode position = feature.get("geometry").get("coordinates");
            assertThat(position).hasSize(2);
            assertThat(position.get(0).isNumber()).isTrue();
            assertThat(position.get(0).asDouble()).as("longitude first").isEqualTo(event.place().lon());
            assertThat(position.get(1).asDouble()).as("latitude second").isEqualTo(event.place().lat());
            JsonNode properties = feature.get("properties");
            assertThat(fieldNames(properties)).containsExactlyElementsOf(PROPERTIES);
            assertThat(properties.get("date").asText()).isEqualTo(event.date().toString());
            assertThat(properties.get("place").asText()).isEqualTo(event.place().name());
            assertThat(properties.get("country").asText()).isEqualTo(event.place().country());
            assertThat(properties.get("actors").asText()).isEqualTo(Cells.actors(event, BUNDLED.actorsById()));
            assertThat(properties.get("sources").asText()).isEqualTo(Cells.sources(event));
            assertThat(properties.get("tags").isArray()).isTrue();
        }
        JsonNode attack = features.get(0).get("properties");
        assertThat(attack.get("fatalities").asInt()).isEqualTo(1);
        assertThat(attack.get("start").asText()).isEqualTo("2023-01-27");
        assertThat(features.get(1).get("properties").get("fatalities").isNull()).isTrue();
        assertThat(notices).containsExactly("23 of 26 events have no coordinates; left out of the GeoJSON");
        assertThat(text).endsWith("}\n");
    }

    @Test
    void openEndsAreNullAndTheDatasetIsAPropertyOnlyWhenSet() throws IOException {
        Event open = new Event("open", EventDate.parse("2021/.."), "Open", "", EventType.POLICY_PERIOD, List.of(),
                new Place("Baku", "AZE", 40.4093, 49.8671), null, List.of(), List.of("context"), null);
        JsonNode features = MAPPER.readTree(render(FormatContext.of(BUNDLED),
                List.of(open, open.withOrigin("acled-open", "acled")))).get("features");
        JsonNode plain = features.get(0).get("properties");
        assertThat(plain.get("start").asText()).isEqualTo("2021-01-01");
        assertThat(plain.get("end").isNull()).isTrue();
        assertThat(plain.has("dataset")).isFalse();
        assertThat(plain.get("tags").get(0).asText()).isEqualTo("context");
        JsonNode fromAcled = features.get(1);
        assertThat(fromAcled.get("id").asText()).isEqualTo("acled-open");
        assertThat(fieldNames(fromAcled.get("properties"))).endsWith("tags", "dataset");
        assertThat(fromAcled.get("properties").get("dataset").asText()).isEqualTo("acled");
    }

    @Test
    void anEmptySelectionIsAValidEmptyCollectionAndNoNotice() throws IOException {
        List<String> notices = new ArrayList<>();
        String text = render(FormatContext.of(BUNDLED).withNotices(notices::add), List.of());
        JsonNode root = MAPPER.readTree(text);
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.get("features").isArray()).isTrue();
        assertThat(root.get("features")).isEmpty();
        assertThat(notices).isEmpty();
    }

    @Test
    void eventsWithoutAPointAreCountedInOneLine() throws IOException {
        List<String> notices = new ArrayList<>();
        List<Event> events = List.of(at("a", null), at("b", new Place("Baku", "AZE")),
                at("c", new Place("Baku", "AZE", 40.4, 49.9)));
        JsonNode root = MAPPER.readTree(render(FormatContext.of(BUNDLED).withNotices(notices::add), events));
        assertThat(root.get("features")).extracting(f -> f.get("id").asText()).containsExactly("c");
        assertThat(notices).containsExactly("2 of 3 events have no coordinates; left out of the GeoJSON");

        notices.clear();
        MAPPER.readTree(render(FormatContext.of(BUNDLED).withNotices(notices::add), List.of(at("a", null))));
        assertThat(notices).containsExactly("1 of 1 event has no coordinates; left out of the GeoJSON");
    }

    static Stream<Arguments> positions() {
        return Stream.of(
                Arguments.of(90.0, 180.0, "[180, 90]"),
                Arguments.of(-90.0, -180.0, "[-180, -90]"),
                Arguments.of(0.0, -0.0, "[0, 0]"),
                Arguments.of(35.6892, 51.389, "[51.389, 35.6892]"),
                Arguments.of(12.123456789, -0.00000004, "[0, 12.1234568]"),
                Arguments.of(-33.86785, 151.20732, "[151.20732, -33.86785]"),
                Arguments.of(1e-7, 1e-5, "[0.00001, 0.0000001]"));
    }

    /** Positions are [lon, lat] (RFC 7946 §3.1.1) at most 7 decimals, in plain notation, the edges included. */
    @ParameterizedTest
    @MethodSource("positions")
    void positionsAreLonLatRoundedToSevenDecimals(double lat, double lon, String expected) throws IOException {
        String text = render(FormatContext.of(BUNDLED), List.of(at("p", new Place("P", null, lat, lon))));
        JsonNode coordinates = MAPPER.readTree(text).get("features").get(0).get("geometry").get("coordinates");
        String[] parts = expected.substring(1, expected.length() - 1).split(", ");
        assertThat(coordinates.get(0).asDouble()).isEqualTo(Double.parseDouble(parts[0]));
        assertThat(coordinates.get(1).asDouble()).isEqualTo(Double.parseDouble(parts[1]));
        String raw = text.replaceAll("\\s+", "");
        assertThat(raw).contains("\"coordinates\":" + expected.replace(" ", ""));
    }

    /** Hostile text comes back intact, and nothing a terminal would obey is in the bytes (DEL, C1, bidi escaped). */
    @Test
    void hostileTextIsEscapedAndReadsBackIntact() throws IOException {
        String hostile = Nasty.HOSTILE + " " + Nasty.TITLE + " " + Nasty.SUMMARY;
        Event event = new Event("evil", EventDate.parse("2023-03-30"), hostile, hostile, EventType.STATEMENT,
                List.of(), new Place(hostile, "IRN", 35.0, 51.0), 1,
                List.of(new Source(hostile, null, null, null, null)), List.of(hostile), null, hostile);
        String text = render(FormatContext.of(BUNDLED), List.of(event));
        assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 && c <= 0x9f
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069)).isEmpty();
        assertThat(text).contains("\\u007F", "\\u009B", "\\u202E", "\\u2066", "سفارت", "👩🏽‍🚀");
        JsonNode properties = MAPPER.readTree(text).get("features").get(0).get("properties");
        for (String field : List.of("title", "summary", "place", "sources", "dataset")) {
            assertThat(properties.get(field).asText()).as(field).isEqualTo(hostile);
        }
        assertThat(properties.get("tags").get(0).asText()).isEqualTo(hostile);
    }

    /**
     * Features reach the writer while the events are still coming: the formatter holds one event at a time, so a
     * million-event export needs no more memory than a small one.
     */
    @Test
    void writesFeaturesAsTheEventsCome() throws IOException {
        int total = 50_000;
        long[] written = {0};
        long[] writtenAtHalf = {-1};
        Writer counting = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                written[0] += length;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Iterable<Event> events = () -> new Iterator<>() {
            int next = 0;

            @Override
            public boolean hasNext() {
                return next < total;
            }

            @Override
            public Event next() {
                if (next == total / 2) {
                    writtenAtHalf[0] = written[0];
                }
                next++;
                return at("e" + next, next % 2 == 0 ? null : new Place("P", null, (double) (next % 90), (double) (next % 180)));
            }
        };
        List<String> notices = new ArrayList<>();
        OutputFormat.GEOJSON.formatter(FormatContext.of(BUNDLED).withNotices(notices::add)).write(events, counting);
        assertThat(writtenAtHalf[0]).as("bytes written when half the events were read")
                .isGreaterThan(written[0] / 3);
        assertThat(notices).containsExactly("25000 of 50000 events have no coordinates; left out of the GeoJSON");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
