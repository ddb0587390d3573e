package dev.timeline.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.timeline.dates.EdtfException;
import dev.timeline.dates.EventDate;
import dev.timeline.io.Json;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Coded;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Names;
import dev.timeline.model.Participation;
import dev.timeline.model.Place;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines of events, one object per line in the shape {@code export --format jsonl} writes: {@code id},
 * {@code date} (EDTF), {@code type}, {@code title}, {@code summary}, {@code actors} ({@code [{id, name, role}]};
 * an actor given by name alone gets the id {@link Names#slug}, a bare string is a participant), {@code place},
 * {@code fatalities}, {@code sources}, {@code tags}. {@code start} and {@code end} are derived from {@code date}
 * and ignored; other fields are ignored too.
 *
 * <p>Indexing reads a line with a small byte scanner up to the fields the index needs ({@code id}, {@code date},
 * {@code actors}) and skips the text of the others without decoding it; a whole event is parsed with Jackson.
 */
public final class JsonlFormat implements RowFormat {

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
            index(new Cursor(b, from, to, false), row);
        } catch (MoreBytes e) {
            throw new IllegalStateException("a closed cursor never asks for more bytes", e);
        }
    }

    @Override
    public int indexPrefix(byte[] b, int from, int limit, IndexRow row) throws BadRow, MoreBytes {
        Cursor c = new Cursor(b, from, limit, true);
        index(c, row);
        return c.pos;
    }

    private void index(Cursor c, IndexRow row) throws BadRow, MoreBytes {
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
                int day = e - s == 10 ? IndexRow.isoDay(b, s, e) : Integer.MIN_VALUE;
                if (day != Integer.MIN_VALUE) {
                    row.start = day;
                    row.end = day;
                } else {
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
            c.ws();
            if (c.peek() == ',') {
                c.pos++;
                continue;
            }
            c.expect('}');
            break;
        }
        if (!id || !date) {
            throw new BadRow("missing field '" + (id ? "date" : "id") + "' in the event; expected an object "
                    + "with 'id', 'date', 'title' and 'type'", 1);
        }
    }

    private static void actors(Cursor c, IndexRow row) throws BadRow, MoreBytes {
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
            c.ws();
            if (c.peek() == ',') {
                c.pos++;
                continue;
            }
            c.expect(']');
            return;
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

    /** A position in one line of JSON, with just enough of a tokenizer to find fields and skip values. */
    private static final class Cursor {
        final byte[] b;
        final int from;
        final int to;
        /** Whether {@code to} is only the end of the bytes read so far (else it is the line end). */
        final boolean open;
        int pos;

        Cursor(byte[] b, int from, int to, boolean open) {
            this.b = b;
            this.from = from;
            this.to = to;
            this.open = open;
            this.pos = from;
        }

        int peek() throws BadRow, MoreBytes {
            if (pos >= to) {
                throw end();
            }
            byte x = b[pos];
            if (x == '\n') {
                throw fail("the line ends inside the JSON object");
            }
            return x;
        }

        /** Ran out of bytes: the line ended early, or (open) more must be read. */
        private BadRow end() throws MoreBytes {
            if (open) {
                throw MoreBytes.INSTANCE;
            }
            return fail("the line ends inside the JSON object");
        }

        void ws() {
            while (pos < to && (b[pos] == ' ' || b[pos] == '\t' || b[pos] == '\r')) {
                pos++;
            }
        }

        void expect(char c) throws BadRow, MoreBytes {
            if (peek() != c) {
                throw fail("expected '" + c + "' but found '" + (char) b[pos] + "'");
            }
            pos++;
        }

        /** Skips a string at {@code pos}; returns the index after its closing quote. */
        int string() throws BadRow, MoreBytes {
            expect('"');
            int p = pos;
            while (true) {
                int q = Bytes.indexOfAny(b, p, to, (byte) '"', (byte) '\\', (byte) '\n');
                if (q < 0 || q + 1 >= to && b[q] == '\\') {
                    pos = to;
                    throw end();
                }
                if (b[q] == '"') {
                    pos = q + 1;
                    return pos;
                }
                if (b[q] == '\n') {
                    pos = q;
                    throw fail("the line ends inside a string");
                }
                p = q + 2; // a backslash escapes the next byte
            }
        }

        /** Decodes the string at {@code pos}. */
        String text() throws BadRow, MoreBytes {
            int start = pos + 1;
            int end = string() - 1;
            return decode(start, end);
        }

        /** Decodes the string whose text (without quotes) is {@code b[start, end)}. */
        String decode(int start, int end) throws BadRow {
            for (int i = start; i < end; i++) {
                if (b[i] == '\\') {
                    try (JsonParser parser = Json.FACTORY.createParser(b, start - 1, end - start + 2)) {
                        parser.nextToken();
                        return parser.getText();
                    } catch (IOException e) {
                        throw new BadRow("a string has a bad escape: " + e.getMessage(), start - from);
                    }
                }
            }
            return new String(b, start, end - start, StandardCharsets.UTF_8);
        }

        String number() throws BadRow, MoreBytes {
            int start = pos;
            while (pos < to && (b[pos] >= '0' && b[pos] <= '9' || b[pos] == '-')) {
                pos++;
            }
            if (pos >= to) {
                throw end();
            }
            if (start == pos) {
                throw fail("'id' is not a string; expected text such as \"embassy-attack-tehran\"");
            }
            return new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
        }

        void skipValue() throws BadRow, MoreBytes {
            int c = peek();
            if (c == '"') {
                string();
                return;
            }
            if (c == '{' || c == '[') {
                int depth = 0;
                while (pos < to) {
                    byte x = b[pos];
                    if (x == '"') {
                        string();
                        continue;
                    }
                    if (x == '\n') {
                        throw fail("the line ends inside the JSON object");
                    }
                    if (x == '{' || x == '[') {
                        depth++;
                    } else if (x == '}' || x == ']') {
                        depth--;
                        if (depth == 0) {
                            pos++;
                            return;
                        }
                    }
                    pos++;
                }
                throw end();
            }
            int start = pos;
            while (pos < to && b[pos] != ',' && b[pos] != '}' && b[pos] != ']' && b[pos] != ' ' && b[pos] != '\n'
                    && b[pos] != '\r') {
                pos++;
            }
            if (pos >= to) {
                throw end();
            }
            if (start == pos) {
                throw fail("expected a value but found '" + (char) c + "'");
            }
        }

        BadRow fail(String message) {
            return new BadRow("not a JSON event object: " + message, pos - from + 1);
        }
    }

    @Override
    public Event parse(byte[] b, int from, int to) throws BadRow {
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
                    tags, note);
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

    private static Place place(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String name = null;
        String country = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "name" -> name = p.getValueAsString();
                case "country" -> country = p.getValueAsString();
                default -> p.skipChildren();
            }
        }
        return name == null && country == null ? null : new Place(name, country);
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
