package dev.timeline.engine;

import dev.timeline.dates.EdtfException;
import dev.timeline.dates.EventDate;
import dev.timeline.io.DataException;
import dev.timeline.model.Coded;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Participation;
import dev.timeline.model.Place;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Struct;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of the {@code events} relation (the columns of {@link SqlCompiler#COLUMNS}, in order) as an {@link Event}.
 * The EDTF text is parsed, and its span must be the row's {@code start}/{@code end}: SQL filtered on those columns,
 * so a file whose {@code start}/{@code end} disagree with its dates (hand-edited, or written by another tool) is
 * an error naming the event, never a silently different answer.
 */
final class DuckRows {

    private final String input;

    DuckRows(String input) {
        this.input = input;
    }

    Event event(ResultSet row) throws SQLException {
        String id = row.getString(1);
        if (id == null) {
            throw bad("an event has no id");
        }
        String text = row.getString(2);
        if (text == null) {
            throw bad("event '" + id + "' has no date");
        }
        EventDate date;
        try {
            date = EventDate.parse(text);
        } catch (EdtfException e) {
            throw bad("event '" + id + "': date '" + text + "': " + e.getMessage());
        }
        LocalDate start = row.getObject(3, LocalDate.class);
        LocalDate end = row.getObject(4, LocalDate.class);
        LocalDate earliest = date.span().isUnboundedStart() ? null : date.earliest();
        LocalDate latest = date.span().isUnboundedEnd() ? null : date.latest();
        if (!Objects.equals(start, earliest) || !Objects.equals(end, latest)) {
            throw bad("event '" + id + "': start " + start + " and end " + end + " are not the span of its date '"
                    + text + "' (" + earliest + " to " + latest + "); expected the columns export writes");
        }
        String typeId = row.getString(5);
        EventType type = typeId == null ? null : Coded.lookup(EventType.class, typeId).orElse(null);
        if (type == null) {
            throw bad("event '" + id + "': type '" + typeId + "' is not a known type");
        }
        String title = row.getString(6);
        if (title == null) {
            throw bad("event '" + id + "' has no title");
        }
        List<Participation> actors = new ArrayList<>();
        for (Object[] actor : structs(row.getArray(8))) {
            String actorId = (String) actor[0];
            Role role = actor[2] == null ? Role.PARTICIPANT : Coded.lookup(Role.class, (String) actor[2]).orElse(null);
            if (actorId == null || role == null) {
                throw bad("event '" + id + "': an actor has " + (actorId == null ? "no id" : "the role '" + actor[2]
                        + "'") + "; expected {id, name, role} as export writes");
            }
            actors.add(new Participation(actorId, role));
        }
        Place place = place(id, row.getObject(9));
        int fatalities = row.getInt(10);
        Integer deaths = row.wasNull() ? null : fatalities;
        List<Source> sources = new ArrayList<>();
        for (Object[] source : structs(row.getArray(11))) {
            EventDate published = null;
            if (source[1] != null) {
                try {
                    published = EventDate.parse((String) source[1]);
                } catch (EdtfException e) {
                    throw bad("event '" + id + "': a source's published date '" + source[1] + "': " + e.getMessage());
                }
            }
            if (source[0] != null || published != null || source[2] != null || source[3] != null) {
                sources.add(new Source((String) source[0], published, (String) source[2], (String) source[3], null));
            }
        }
        List<String> tags = new ArrayList<>();
        Array tagArray = row.getArray(12);
        if (tagArray != null) {
            for (Object tag : (Object[]) tagArray.getArray()) {
                if (tag != null) {
                    tags.add((String) tag);
                }
            }
        }
        return new Event(id, date, title, row.getString(7), type, actors, place, deaths, sources, tags, null);
    }

    private Place place(String id, Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        Object[] p = ((Struct) value).getAttributes();
        Double lat = p[2] == null ? null : ((Number) p[2]).doubleValue();
        Double lon = p[3] == null ? null : ((Number) p[3]).doubleValue();
        if (p[0] == null && p[1] == null && lat == null) {
            return null;
        }
        try {
            return new Place((String) p[0], (String) p[1], lat, lon);
        } catch (IllegalArgumentException e) {
            throw bad("event '" + id + "': place: " + e.getMessage());
        }
    }

    private static List<Object[]> structs(Array array) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        if (array != null) {
            for (Object element : (Object[]) array.getArray()) {
                if (element != null) {
                    out.add(((Struct) element).getAttributes());
                }
            }
        }
        return out;
    }

    private DataException bad(String message) {
        return new DataException(input, message);
    }
}
