package dev.timeline.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.timeline.dates.EdtfException;
import dev.timeline.dates.EventDate;
import dev.timeline.io.Json;
import dev.timeline.model.Coded;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Names;
import dev.timeline.model.Participation;
import dev.timeline.model.Place;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one whole JSON Lines event, in the shape {@link JsonlFormat} describes; a problem is a {@link BadRow} placed
 * at its column in the line. The usual record is read by {@link JsonlFastParse}, straight from its bytes; the rest,
 * and every record with a problem, by Jackson, whose reading is the reference. Only the records a query selects
 * come here: indexing reads lines with {@link JsonCursor} instead.
 */
final class JsonlEventParser {

    private JsonlEventParser() {
    }

    /** The event in {@code b[from, to)}: read by {@link JsonlFastParse} when it is sure, else by Jackson. */
    static Event parse(byte[] b, int from, int to) throws BadRow {
        Event event = JsonlFastParse.parse(b, from, to);
        return event != null ? event : withJackson(b, from, to);
    }

    /** The event in {@code b[from, to)} as Jackson reads it; a problem is a {@link BadRow} at its column. */
    static Event withJackson(byte[] b, int from, int to) throws BadRow {
        try (JsonParser p = Json.FACTORY.createParser(b, from, to - from)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadRow("the line is not a JSON object; expected one event object per line", 1);
            }
            String id = null;
            EventDate date = null;
            String title = null;
            String summary = null;
            EventType type = null;
            List<Participation> actors = new ArrayList<>();
            Place place = null;
            Integer fatalities = null;
            List<Source> sources = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            String note = null;
            String dataset = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "id" -> id = p.getValueAsString();
                    case "date" -> {
                        String text = p.getValueAsString();
                        try {
                            date = text == null ? null : EventDate.parse(text);
                        } catch (EdtfException e) {
                            throw new BadRow("'date' is \"" + text + "\": " + e.getMessage(), column(p));
                        }
                    }
                    case "title" -> title = p.getValueAsString();
                    case "summary" -> summary = p.getValueAsString();
                    case "note" -> note = p.getValueAsString();
                    case "dataset" -> dataset = p.getValueAsString(); // an export of several datasets read back
                    case "type" -> {
                        String text = p.getValueAsString();
                        type = Coded.lookup(EventType.class, text).orElseThrow(() -> new BadRow("unknown type '"
                                + text + "'" + Names.didYouMean(String.valueOf(text), Coded.ids(EventType.class))
                                + "; expected a type of the vocabulary such as armed-attack", column(p)));
                    }
                    case "actors" -> actors(p, value, actors);
                    case "place" -> place = place(p, value);
                    case "fatalities" -> {
                        if (value == JsonToken.VALUE_NUMBER_INT && p.getIntValue() >= 0) {
                            fatalities = p.getIntValue();
                        } else if (value != JsonToken.VALUE_NULL) {
                            throw new BadRow("'fatalities' is " + p.getText() + "; expected a whole number of 0 or "
                                    + "more", column(p));
                        }
                    }
                    case "sources" -> sources(p, value, sources);
                    case "tags" -> {
                        if (value == JsonToken.START_ARRAY) {
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                tags.add(p.getValueAsString());
                            }
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (id == null || date == null || type == null) {
                throw new BadRow("missing field '" + (id == null ? "id" : date == null ? "date" : "type")
                        + "' in the event; expected an object with 'id', 'date', 'title' and 'type'", 1);
            }
            return new Event(id, date, title == null ? id : title, summary, type, actors, place, fatalities, sources,
                    tags, note, dataset);
        } catch (JsonProcessingException e) {
            throw new BadRow("not a JSON event object: " + Json.describe(e),
                    e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new BadRow("cannot read the line: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadRow(e.getMessage());
        }
    }

    private static int column(JsonParser p) {
        return p.currentTokenLocation().getColumnNr();
    }

    private static void actors(JsonParser p, JsonToken value, List<Participation> out) throws IOException, BadRow {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                add(out, new Participation(Names.slug(p.getText()), Role.PARTICIPANT));
                continue;
            }
            String id = null;
            String name = null;
            Role role = Role.PARTICIPANT;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = p.getValueAsString();
                    case "name" -> name = p.getValueAsString();
                    case "role" -> {
                        String text = p.getValueAsString();
                        role = Coded.lookup(Role.class, text).orElseThrow(() -> new BadRow("unknown role '" + text
                                + "'; expected initiator, target, participant or mentioned", column(p)));
                    }
                    default -> p.skipChildren();
                }
            }
            add(out, new Participation(id != null ? id : Names.slug(name == null ? "" : name), role));
        }
    }

    private static void add(List<Participation> out, Participation p) {
        if (!out.contains(p)) {
            out.add(p);
        }
    }

    private static Place place(JsonParser p, JsonToken value) throws IOException, BadRow {
        if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String name = null;
        String country = null;
        Double lat = null;
        Double lon = null;
        int at = column(p);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken token = p.nextToken();
            switch (field) {
                case "name" -> name = p.getValueAsString();
                case "country" -> country = p.getValueAsString();
                case "lat" -> lat = degrees(p, token, "lat", 90, "a latitude");
                case "lon" -> lon = degrees(p, token, "lon", 180, "a longitude");
                default -> p.skipChildren();
            }
        }
        if ((lat == null) != (lon == null)) {
            throw new BadRow("'place' has '" + (lat != null ? "lat" : "lon") + "' but no '" + (lat != null ? "lon" : "lat")
                    + "'; expected both (WGS 84 degrees) or neither", at);
        }
        return name == null && country == null && lat == null ? null : new Place(name, country, lat, lon);
    }

    /** A coordinate from -limit to limit, or null for JSON null; anything else is a bad row at its column. */
    private static Double degrees(JsonParser p, JsonToken token, String field, double limit, String what)
            throws IOException, BadRow {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isNumeric()) {
            double value = p.getDoubleValue();
            if (value >= -limit && value <= limit) {
                return value;
            }
        }
        String shown = switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "\"" + p.getText() + "\"";
            default -> p.getText();
        };
        throw new BadRow("'place." + field + "' is " + shown + "; expected " + what + " in degrees from "
                + (int) -limit + " to " + (int) limit + " (WGS 84)", column(p));
    }

    private static void sources(JsonParser p, JsonToken value, List<Source> out) throws IOException, BadRow {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                out.add(new Source(p.getText(), null, null, null, null));
                continue;
            }
            String outlet = null;
            EventDate published = null;
            String title = null;
            String url = null;
            String note = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "outlet" -> outlet = p.getValueAsString();
                    case "published" -> {
                        String text = p.getValueAsString();
                        try {
                            published = text == null ? null : EventDate.parse(text);
                        } catch (EdtfException e) {
                            throw new BadRow("a source's 'published' is \"" + text + "\": " + e.getMessage(),
                                    column(p));
                        }
                    }
                    case "title" -> title = p.getValueAsString();
                    case "url" -> url = p.getValueAsString();
                    case "note" -> note = p.getValueAsString();
                    default -> p.skipChildren();
                }
            }
            if (outlet != null || published != null || title != null || url != null) {
                out.add(new Source(outlet, published, title, url, note));
            }
        }
    }
}
