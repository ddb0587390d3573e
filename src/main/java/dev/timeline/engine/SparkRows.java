package dev.timeline.engine;

import dev.timeline.dates.EdtfException;
import dev.timeline.dates.EventDate;
import dev.timeline.io.DataException;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Coded;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Names;
import dev.timeline.model.Participation;
import dev.timeline.model.Place;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code events} relation in Spark (the engine contract's columns, plus the JSON Lines {@code note}) and its
 * rows as {@link Event}s, read as the native JSON Lines parser reads the same object: actors with neither id nor
 * name dropped, an actor without id known by the slug of its name, a title defaulting to the id, a place with
 * nothing in it absent, duplicate participations kept once.
 */
final class SparkRows {

    private SparkRows() {
    }

    static final StructType ACTOR = new StructType(new StructField[] {string("id"), string("name"), string("role")});
    static final StructType PLACE = new StructType(new StructField[] {string("name"), string("country"),
        new StructField("lat", DataTypes.DoubleType, true, Metadata.empty()),
        new StructField("lon", DataTypes.DoubleType, true, Metadata.empty())});
    static final StructType SOURCE = new StructType(new StructField[] {string("outlet"), string("published"),
        string("title"), string("url")});

    /** The columns every input must give the view, in the contract's order. */
    static final List<String> COLUMNS = List.of("id", "date", "start", "end", "type", "title", "summary", "actors",
            "place", "fatalities", "sources", "tags");

    /** The JSON Lines export shape, read with this schema (no inference); {@code note} is read when present. */
    static final StructType JSON_LINES = new StructType(new StructField[] {string("id"), string("date"),
        new StructField("start", DataTypes.DateType, true, Metadata.empty()),
        new StructField("end", DataTypes.DateType, true, Metadata.empty()),
        string("type"), string("title"), string("summary"),
        new StructField("actors", DataTypes.createArrayType(ACTOR, true), true, Metadata.empty()),
        new StructField("place", PLACE, true, Metadata.empty()),
        new StructField("fatalities", DataTypes.IntegerType, true, Metadata.empty()),
        new StructField("sources", DataTypes.createArrayType(SOURCE, true), true, Metadata.empty()),
        new StructField("tags", DataTypes.createArrayType(DataTypes.StringType, true), true, Metadata.empty()),
        string("note")});

    private static StructField string(String name) {
        return new StructField(name, DataTypes.StringType, true, Metadata.empty());
    }

    /** The event of one row of {@code events}; {@code file} names the input in errors. */
    static Event event(Row row, String file) {
        String id = string(row, "id");
        String text = string(row, "date");
        String typeId = string(row, "type");
        if (id == null || text == null || typeId == null) {
            throw new DataException(file, "an event has no '" + (id == null ? "id" : text == null ? "date" : "type")
                    + "'" + (id == null ? "" : " (" + id + ")") + "; expected 'id', 'date', 'title' and 'type'");
        }
        EventDate date = date(text, file, id, "'date'");
        EventType type = Coded.lookup(EventType.class, typeId).orElseThrow(() -> new DataException(file, "event "
                + id + ": unknown type '" + typeId + "'; expected a type of the vocabulary such as armed-attack"));
        List<Participation> actors = new ArrayList<>();
        for (Row actor : rows(row, "actors")) {
            String actorId = string(actor, "id");
            String name = string(actor, "name");
            String roleId = string(actor, "role");
            Role role = roleId == null ? Role.PARTICIPANT : Coded.lookup(Role.class, roleId).orElseThrow(() ->
                    new DataException(file, "event " + id + ": unknown role '" + roleId
                            + "'; expected initiator, target, participant or mentioned"));
            Participation p = new Participation(actorId != null ? actorId : Names.slug(name == null ? "" : name),
                    role);
            if (!actors.contains(p)) {
                actors.add(p);
            }
        }
        List<Source> sources = new ArrayList<>();
        for (Row source : rows(row, "sources")) {
            String outlet = string(source, "outlet");
            String published = string(source, "published");
            String title = string(source, "title");
            String url = string(source, "url");
            if (outlet != null || published != null || title != null || url != null) {
                sources.add(new Source(outlet, published == null ? null : date(published, file, id,
                        "a source's 'published'"), title, url, null));
            }
        }
        List<String> tags = new ArrayList<>();
        int at = index(row, "tags");
        if (at >= 0 && !row.isNullAt(at)) {
            for (Object tag : row.getList(at)) {
                tags.add((String) tag);
            }
        }
        String title = string(row, "title");
        int fatalities = index(row, "fatalities");
        return new Event(id, date, title == null ? id : title, string(row, "summary"), type, actors, place(row),
                fatalities < 0 || row.isNullAt(fatalities) ? null : ((Number) row.get(fatalities)).intValue(),
                sources, tags, string(row, "note"));
    }

    /** The actor of a row of the actors query ({@code id}, {@code name}), as the native JSON Lines index makes it. */
    static Actor actor(String id, String name) {
        return new Actor(id != null ? id : Names.slug(name), name != null ? name : id, ActorKind.GROUP, null, null,
                null, null);
    }

    private static Place place(Row row) {
        int at = index(row, "place");
        if (at < 0 || row.isNullAt(at)) {
            return null;
        }
        Row place = row.getStruct(at);
        String name = string(place, "name");
        String country = string(place, "country");
        Double lat = number(place, "lat");
        Double lon = number(place, "lon");
        if (lat == null || lon == null) { // the native reader refuses one without the other; Spark gives us both
            lat = null;
            lon = null;
        }
        return name == null && country == null && lat == null ? null : new Place(name, country, lat, lon);
    }

    private static EventDate date(String text, String file, String id, String what) {
        try {
            return EventDate.parse(text);
        } catch (EdtfException e) {
            throw new DataException(file, "event " + id + ": " + what + " is \"" + text + "\": " + e.getMessage());
        }
    }

    private static int index(Row row, String field) {
        StructType schema = row.schema();
        if (schema == null) {
            return -1;
        }
        return schema.getFieldIndex(field).isDefined() ? (Integer) schema.getFieldIndex(field).get() : -1;
    }

    private static String string(Row row, String field) {
        int at = index(row, field);
        return at < 0 || row.isNullAt(at) ? null : row.get(at).toString();
    }

    private static Double number(Row row, String field) {
        int at = index(row, field);
        return at < 0 || row.isNullAt(at) ? null : ((Number) row.get(at)).doubleValue();
    }

    private static List<Row> rows(Row row, String field) {
        int at = index(row, field);
        if (at < 0 || row.isNullAt(at)) {
            return List.of();
        }
        List<Row> out = new ArrayList<>();
        for (Object o : row.getList(at)) {
            if (o != null) {
                out.add((Row) o);
            }
        }
        return out;
    }
}
