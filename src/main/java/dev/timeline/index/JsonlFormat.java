package dev.timeline.index;

import dev.timeline.dates.EdtfException;
import dev.timeline.dates.EventDate;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Event;
import dev.timeline.model.Names;
import java.nio.charset.StandardCharsets;


/**
 * JSON Lines of events, one object per line in the shape {@code export --format jsonl} writes: {@code id},
 * {@code date} (EDTF), {@code type}, {@code title}, {@code summary}, {@code actors} ({@code [{id, name, role}]};
 * an actor given by name alone gets the id {@link Names#slug}, a bare string is a participant), {@code place}
 * ({@code name}, {@code country}, and {@code lat}/{@code lon} in WGS 84 degrees, both or neither),
 * {@code fatalities}, {@code sources}, {@code tags}. {@code start} and {@code end} are derived from {@code date}
 * and ignored; other fields are ignored too.
 *
 * <p>Indexing reads a line with a small byte scanner ({@link JsonCursor}) up to the fields the index needs ({@code id}, {@code date},
 * {@code actors}) and skips the text of the others without decoding it; a whole event is parsed by
 * {@link JsonlEventParser} (straight from its bytes when it has the usual shape, else with Jackson).
 */
final class JsonlFormat implements RowFormat {

    private static final byte[] ID = bytes("id");
    private static final byte[] DATE = bytes("date");
    private static final byte[] ACTORS = bytes("actors");
    private static final byte[] NAME = bytes("name");

    @Override
    public boolean quoted() {
        return false;
    }

    @Override
    public boolean indexesPrefix() {
        return true;
    }

    @Override
    public void index(byte[] b, int from, int to, IndexRow row) throws BadRow {
        try {
            index(row.cursor(b, from, to, false), row);
        } catch (MoreBytes e) {
            throw new IllegalStateException("a closed cursor never asks for more bytes", e);
        }
    }

    @Override
    public int indexPrefix(byte[] b, int from, int limit, IndexRow row) throws BadRow, MoreBytes {
        JsonCursor c = row.cursor(b, from, limit, true);
        index(c, row);
        return c.pos;
    }

    private void index(JsonCursor c, IndexRow row) throws BadRow, MoreBytes {
        byte[] b = c.b;
        int from = c.from;
        c.ws();
        c.expect('{');
        boolean id = false;
        boolean date = false;
        boolean actors = false;
        c.ws();
        if (c.peek() == '}') {
            throw new BadRow("the event object is empty; expected 'id', 'date', 'title' and 'type'", 1);
        }
        while (true) {
            c.ws();
            int keyStart = c.pos + 1;
            int keyEnd = c.string() - 1;
            c.ws();
            c.expect(':');
            c.ws();
            if (same(b, keyStart, keyEnd, ID)) {
                if (c.peek() == '"') {
                    int s = c.pos + 1;
                    int e = c.string() - 1;
                    row.idHash = escaped(b, s, e) ? IndexRow.hash(c.decode(s, e)) : IndexRow.hash(b, s, e);
                } else {
                    row.id(c.number());
                }
                id = true;
            } else if (same(b, keyStart, keyEnd, DATE)) {
                int at = c.pos;
                if (c.peek() != '"') {
                    throw new BadRow("'date' is not a string; expected EDTF text such as \"2023-01-27\"",
                            at - from + 1);
                }
                int s = c.pos + 1;
                int e = c.string() - 1;
                if (!row.days(b, s, e)) {
                    String text = c.decode(s, e);
                    try {
                        EventDate when = EventDate.parse(text);
                        row.start = IndexRow.day(when.earliest());
                        row.end = IndexRow.day(when.latest());
                    } catch (EdtfException x) {
                        throw new BadRow("'date' is \"" + text + "\": " + x.getMessage(), at - from + 2 + x.index());
                    }
                }
                date = true;
            } else if (same(b, keyStart, keyEnd, ACTORS)) {
                actors(c, row);
                actors = true;
            } else {
                c.skipValue();
            }
            if (id && date && (actors || !row.wantsActors())) {
                row.actorsKnown = actors;
                return; // the rest is checked when the event is read whole
            }
            if (!c.more('}')) {
                break;
            }
        }
        if (!id || !date) {
            throw new BadRow("missing field '" + (id ? "date" : "id") + "' in the event; expected an object "
                    + "with 'id', 'date', 'title' and 'type'", 1);
        }
    }

    private static void actors(JsonCursor c, IndexRow row) throws BadRow, MoreBytes {
        if (c.peek() == 'n') {
            c.skipValue();
            return;
        }
        c.expect('[');
        c.ws();
        if (c.peek() == ']') {
            c.pos++;
            return;
        }
        while (true) {
            c.ws();
            if (c.peek() == '"') {
                String name = c.text();
                row.actor(name, null, name, ActorKind.GROUP, null);
            } else {
                c.expect('{');
                int idFrom = -1;
                int idTo = -1;
                int nameFrom = -1;
                int nameTo = -1;
                c.ws();
                while (c.peek() != '}') {
                    c.ws();
                    int keyStart = c.pos + 1;
                    int keyEnd = c.string() - 1;
                    c.ws();
                    c.expect(':');
                    c.ws();
                    if (same(c.b, keyStart, keyEnd, ID) && c.peek() == '"') {
                        idFrom = c.pos + 1;
                        idTo = c.string() - 1;
                    } else if (same(c.b, keyStart, keyEnd, NAME) && c.peek() == '"') {
                        nameFrom = c.pos + 1;
                        nameTo = c.string() - 1;
                    } else {
                        c.skipValue();
                    }
                    c.ws();
                    if (c.peek() == ',') {
                        c.pos++;
                    }
                }
                c.pos++;
                if (idFrom < 0 && nameFrom < 0) {
                    throw new BadRow("an actor has neither 'id' nor 'name'", c.pos - c.from);
                }
                // known by its id when it has one, else by its name
                int keyFrom = idFrom >= 0 ? idFrom : nameFrom;
                int keyTo = idFrom >= 0 ? idTo : nameTo;
                int hash = IndexRow.hash(c.b, keyFrom, keyTo);
                if (!row.knownActor(c.b, keyFrom, keyTo, hash)) {
                    String id = idFrom < 0 ? null : c.decode(idFrom, idTo);
                    String name = nameFrom < 0 ? id : c.decode(nameFrom, nameTo);
                    row.actor(c.b, keyFrom, keyTo, hash, id, name, ActorKind.GROUP, null);
                }
            }
            if (!c.more(']')) {
                return;
            }
        }
    }

    private static boolean escaped(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\\') {
                return true;
            }
        }
        return false;
    }

    private static boolean same(byte[] b, int from, int to, byte[] key) {
        if (to - from != key.length) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (b[from + i] != key[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Event parse(byte[] b, int from, int to) throws BadRow {
        return JsonlEventParser.parse(b, from, to);
    }
}
