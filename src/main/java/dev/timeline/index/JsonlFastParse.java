package dev.timeline.index;

import dev.timeline.dates.EventDate;
import dev.timeline.model.Coded;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Names;
import dev.timeline.model.Participation;
import dev.timeline.model.Place;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The usual JSON Lines event parsed straight from its bytes: strict JSON (RFC 8259, valid UTF-8) in which every
 * field {@link JsonlEventParser} reads holds the kind of value it expects. Anything else, and every record with a
 * problem, gets {@code null}: "ask Jackson", whose answer (the event, or the problem and its column) is then the
 * answer. So this never decides anything Jackson would decide otherwise; it only skips, for the records that need
 * none of it, Jackson's parser set-up per record and its general tokenizer, which in a short run (1,345 records
 * parsed in a cold JVM) cost more than the records. JsonlFastParseTest compares the two on seeded random records.
 *
 * <p>Semantics kept from the Jackson path: a field given twice is read twice (the last value wins; actors, sources
 * and tags add up), unknown fields are checked and skipped, text after the event's closing brace is not read.
 */
final class JsonlFastParse {

    /** "Ask Jackson": thrown inside, turned into null at the top. No stack trace: it is the way out. */
    private static final class Unsure extends Exception {
        private static final long serialVersionUID = 1L;
        static final Unsure INSTANCE = new Unsure();

        private Unsure() {
            super("not the usual shape", null, false, false);
        }
    }

    /** Far inside Jackson's limits (nesting 64, names 50,000, strings 10,000,000, numbers 1,000 characters). */
    private static final int MAX_DEPTH = 32;
    private static final int MAX_NAME = 1_000;
    private static final int MAX_STRING = 1_000_000;
    private static final int MAX_NUMBER = 100;

    private static final byte[] ID = key("id");
    private static final byte[] DATE = key("date");
    private static final byte[] TITLE = key("title");
    private static final byte[] SUMMARY = key("summary");
    private static final byte[] NOTE = key("note");
    private static final byte[] DATASET = key("dataset");
    private static final byte[] TYPE = key("type");
    private static final byte[] ACTORS = key("actors");
    private static final byte[] PLACE = key("place");
    private static final byte[] FATALITIES = key("fatalities");
    private static final byte[] SOURCES = key("sources");
    private static final byte[] TAGS = key("tags");
    private static final byte[] NAME = key("name");
    private static final byte[] ROLE = key("role");
    private static final byte[] COUNTRY = key("country");
    private static final byte[] LAT = key("lat");
    private static final byte[] LON = key("lon");
    private static final byte[] OUTLET = key("outlet");
    private static final byte[] PUBLISHED = key("published");
    private static final byte[] URL = key("url");

    private final byte[] b;
    private final int to;
    private int pos;
    /** The field name just read: {@code b[nameFrom, nameTo)}. */
    private int nameFrom;
    private int nameTo;
    /** Whether the number just read ({@link #number}) is an integer (no fraction, no exponent). */
    private boolean integer;

    private JsonlFastParse(byte[] b, int from, int to) {
        this.b = b;
        this.to = to;
        this.pos = from;
    }

    /** The event in {@code b[from, to)}, or null when the Jackson path must decide. */
    static Event parse(byte[] b, int from, int to) {
        try {
            return new JsonlFastParse(b, from, to).event();
        } catch (Unsure | RuntimeException e) {
            return null; // a problem, or a shape this reader does not take: Jackson decides
        }
    }

    private Event event() throws Unsure {
        ws();
        expect('{');
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
        if (firstMember()) {
            do {
                if (is(ID)) {
                    id = text();
                } else if (is(DATE)) {
                    String text = text();
                    date = text == null ? null : EventDate.parse(text);
                } else if (is(TITLE)) {
                    title = text();
                } else if (is(SUMMARY)) {
                    summary = text();
                } else if (is(NOTE)) {
                    note = text();
                } else if (is(DATASET)) {
                    dataset = text();
                } else if (is(TYPE)) {
                    type = Coded.lookup(EventType.class, text()).orElse(null);
                    if (type == null) {
                        throw Unsure.INSTANCE;
                    }
                } else if (is(ACTORS)) {
                    actors(actors);
                } else if (is(PLACE)) {
                    place = place();
                } else if (is(FATALITIES)) {
                    if (peek() == 'n') {
                        literal("null");
                    } else {
                        fatalities = count();
                    }
                } else if (is(SOURCES)) {
                    sources(sources);
                } else if (is(TAGS)) {
                    tags(tags);
                } else {
                    skipValue(1);
                }
            } while (nextMember('}'));
        }
        if (id == null || date == null || type == null) {
            throw Unsure.INSTANCE;
        }
        return new Event(id, date, title == null ? id : title, summary, type, actors, place, fatalities, sources,
                tags, note, dataset);
    }

    private void actors(List<Participation> out) throws Unsure {
        if (peek() != '[') {
            skipValue(1);
            return;
        }
        pos++;
        if (!firstElement()) {
            return;
        }
        do {
            if (peek() == '"') {
                add(out, new Participation(Names.slug(string()), Role.PARTICIPANT));
                continue;
            }
            expect('{');
            String id = null;
            String name = null;
            Role role = Role.PARTICIPANT;
            if (firstMember()) {
                do {
                    if (is(ID)) {
                        id = text();
                    } else if (is(NAME)) {
                        name = text();
                    } else if (is(ROLE)) {
                        role = Coded.lookup(Role.class, text()).orElse(null);
                        if (role == null) {
                            throw Unsure.INSTANCE;
                        }
                    } else {
                        skipValue(3);
                    }
                } while (nextMember('}'));
            }
            add(out, new Participation(id != null ? id : Names.slug(name == null ? "" : name), role));
        } while (nextElement());
    }

    private static void add(List<Participation> out, Participation p) {
        if (!out.contains(p)) {
            out.add(p);
        }
    }

    private Place place() throws Unsure {
        if (peek() != '{') {
            skipValue(1);
            return null;
        }
        pos++;
        String name = null;
        String country = null;
        Double lat = null;
        Double lon = null;
        if (firstMember()) {
            do {
                if (is(NAME)) {
                    name = text();
                } else if (is(COUNTRY)) {
                    country = text();
                } else if (is(LAT)) {
                    lat = degrees(90);
                } else if (is(LON)) {
                    lon = degrees(180);
                } else {
                    skipValue(2);
                }
            } while (nextMember('}'));
        }
        if ((lat == null) != (lon == null)) {
            throw Unsure.INSTANCE;
        }
        return name == null && country == null && lat == null ? null : new Place(name, country, lat, lon);
    }

    /** A coordinate from -limit to limit, or null for JSON null. */
    private Double degrees(double limit) throws Unsure {
        if (peek() == 'n') {
            literal("null");
            return null;
        }
        int start = pos;
        number();
        String digits = new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
        double value;
        if (integer) {
            // Jackson widens an integer's value; "-0" (-0.0 or 0.0?) and long ones are left to it
            if (pos - start > 15 || digits.equals("-0")) {
                throw Unsure.INSTANCE;
            }
            value = Long.parseLong(digits);
        } else {
            value = Double.parseDouble(digits);
        }
        if (!(value >= -limit && value <= limit)) {
            throw Unsure.INSTANCE;
        }
        return value;
    }

    /** A whole number of 0 or more that fits an int. */
    private Integer count() throws Unsure {
        int start = pos;
        number();
        if (!integer || pos - start > 10) {
            throw Unsure.INSTANCE;
        }
        long value = Long.parseLong(new String(b, start, pos - start, StandardCharsets.ISO_8859_1));
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw Unsure.INSTANCE;
        }
        return (int) value;
    }

    private void sources(List<Source> out) throws Unsure {
        if (peek() != '[') {
            skipValue(1);
            return;
        }
        pos++;
        if (!firstElement()) {
            return;
        }
        do {
            if (peek() == '"') {
                out.add(new Source(string(), null, null, null, null));
                continue;
            }
            expect('{');
            String outlet = null;
            EventDate published = null;
            String title = null;
            String url = null;
            String note = null;
            if (firstMember()) {
                do {
                    if (is(OUTLET)) {
                        outlet = text();
                    } else if (is(PUBLISHED)) {
                        String text = text();
                        published = text == null ? null : EventDate.parse(text);
                    } else if (is(TITLE)) {
                        title = text();
                    } else if (is(URL)) {
                        url = text();
                    } else if (is(NOTE)) {
                        note = text();
                    } else {
                        skipValue(3);
                    }
                } while (nextMember('}'));
            }
            if (outlet != null || published != null || title != null || url != null) {
                out.add(new Source(outlet, published, title, url, note));
            }
        } while (nextElement());
    }

    private void tags(List<String> out) throws Unsure {
        int c = peek();
        if (c == '{') {
            throw Unsure.INSTANCE; // Jackson reads on inside the object, as if its fields were the event's
        }
        if (c != '[') {
            text(); // a scalar: ignored
            return;
        }
        pos++;
        if (!firstElement()) {
            return;
        }
        do {
            String tag = text();
            if (tag == null) {
                throw Unsure.INSTANCE; // an event refuses a null tag
            }
            out.add(tag);
        } while (nextElement());
    }

    // ---- the tokenizer: strict JSON, and Unsure for anything it does not take ----

    /**
     * A scalar as Jackson's {@code getValueAsString} gives it: a string's text, null for null, a number or boolean
     * as written. An object or array there is not the usual shape (Jackson would read on inside it).
     */
    private String text() throws Unsure {
        int c = peek();
        if (c == '"') {
            return string();
        }
        if (c == 'n') {
            literal("null");
            return null;
        }
        if (c == 't') {
            literal("true");
            return "true";
        }
        if (c == 'f') {
            literal("false");
            return "false";
        }
        if (c == '-' || c >= '0' && c <= '9') {
            int start = pos;
            number();
            return new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
        }
        throw Unsure.INSTANCE;
    }

    /** After an object's '{': whether a member follows (its name is read, and the colon), or '}' closes it. */
    private boolean firstMember() throws Unsure {
        ws();
        if (at() == '}') {
            pos++;
            return false;
        }
        member();
        return true;
    }

    /** After a member's value: whether another member follows (its name read), else expects {@code close}. */
    private boolean nextMember(char close) throws Unsure {
        ws();
        int c = at();
        if (c == ',') {
            pos++;
            ws();
            member();
            return true;
        }
        if (c != close) {
            throw Unsure.INSTANCE;
        }
        pos++;
        return false;
    }

    /** A member's name (plain ASCII, no escapes: else Jackson decides), its colon and the space before its value. */
    private void member() throws Unsure {
        if (at() != '"') {
            throw Unsure.INSTANCE;
        }
        int start = ++pos;
        while (true) {
            int c = at();
            if (c == '"') {
                break;
            }
            if (c == '\\' || c < 0x20 || c >= 0x80 || pos - start > MAX_NAME) {
                throw Unsure.INSTANCE;
            }
            pos++;
        }
        nameFrom = start;
        nameTo = pos++;
        ws();
        expect(':');
        ws();
    }

    /** After an array's '[': whether an element follows (at {@link #pos}), or ']' closes it. */
    private boolean firstElement() throws Unsure {
        ws();
        if (at() == ']') {
            pos++;
            return false;
        }
        return true;
    }

    /** After an element: whether another follows (at {@link #pos}), else expects ']'. */
    private boolean nextElement() throws Unsure {
        ws();
        int c = at();
        if (c == ',') {
            pos++;
            ws();
            return true;
        }
        if (c != ']') {
            throw Unsure.INSTANCE;
        }
        pos++;
        return false;
    }

    /** Checks and skips any value; {@code depth} is that of the object or array holding it. */
    private void skipValue(int depth) throws Unsure {
        int c = peek();
        if (c == '{') {
            if (depth >= MAX_DEPTH) {
                throw Unsure.INSTANCE;
            }
            pos++;
            if (firstMember()) {
                do {
                    skipValue(depth + 1);
                } while (nextMember('}'));
            }
        } else if (c == '[') {
            if (depth >= MAX_DEPTH) {
                throw Unsure.INSTANCE;
            }
            pos++;
            if (firstElement()) {
                do {
                    skipValue(depth + 1);
                } while (nextElement());
            }
        } else if (c == '"') {
            skipString();
        } else {
            text();
        }
    }

    /** A JSON number at {@link #pos}: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    private void number() throws Unsure {
        int start = pos;
        if (at() == '-') {
            pos++;
        }
        int c = at();
        if (c == '0') {
            pos++;
        } else if (c >= '1' && c <= '9') {
            digits();
        } else {
            throw Unsure.INSTANCE;
        }
        integer = true;
        if (pos < to && b[pos] == '.') {
            pos++;
            digits();
            integer = false;
        }
        if (pos < to && (b[pos] == 'e' || b[pos] == 'E')) {
            pos++;
            if (at() == '+' || at() == '-') {
                pos++;
            }
            digits();
            integer = false;
        }
        if (pos - start > MAX_NUMBER) {
            throw Unsure.INSTANCE;
        }
    }

    /** One or more digits. */
    private void digits() throws Unsure {
        int c = at();
        if (c < '0' || c > '9') {
            throw Unsure.INSTANCE;
        }
        do {
            pos++;
        } while (pos < to && b[pos] >= '0' && b[pos] <= '9');
    }

    private void literal(String word) throws Unsure {
        for (int i = 0; i < word.length(); i++) {
            if (at() != word.charAt(i)) {
                throw Unsure.INSTANCE;
            }
            pos++;
        }
    }

    /** Decodes the string at {@link #pos}. */
    private String string() throws Unsure {
        pos++;
        int start = pos;
        boolean ascii = true;
        while (true) {
            int c = at();
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                return escaped(start);
            }
            if (c < 0x20) {
                throw Unsure.INSTANCE;
            }
            if (c >= 0x80) {
                utf8();
                ascii = false;
            } else {
                pos++;
            }
        }
        int length = pos - start;
        pos++;
        if (length > MAX_STRING) {
            throw Unsure.INSTANCE;
        }
        return new String(b, start, length, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** The rest of a string from {@code start}, at the first backslash. */
    private String escaped(int start) throws Unsure {
        StringBuilder text = new StringBuilder(Math.max(16, 2 * (pos - start)));
        int segment = start;
        while (true) {
            int c = at();
            if (c == '"' || c == '\\') {
                text.append(new String(b, segment, pos - segment, StandardCharsets.UTF_8)); // checked below
                if (c == '"') {
                    pos++;
                    if (text.length() > MAX_STRING) {
                        throw Unsure.INSTANCE;
                    }
                    return text.toString();
                }
                text.append(escape());
                segment = pos;
            } else if (c < 0x20) {
                throw Unsure.INSTANCE;
            } else if (c >= 0x80) {
                utf8();
            } else {
                pos++;
            }
        }
    }

    /** The character the escape at {@link #pos} (a backslash) stands for. */
    private char escape() throws Unsure {
        pos++;
        int c = at();
        pos++;
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    value = value << 4 | hex(at());
                    pos++;
                }
                return (char) value;
            default:
                throw Unsure.INSTANCE;
        }
    }

    private static int hex(int c) throws Unsure {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw Unsure.INSTANCE;
    }

    private void skipString() throws Unsure {
        pos++;
        int start = pos;
        while (true) {
            int c = at();
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                escape();
            } else if (c < 0x20) {
                throw Unsure.INSTANCE;
            } else if (c >= 0x80) {
                utf8();
            } else {
                pos++;
            }
        }
        if (pos - start > MAX_STRING) {
            throw Unsure.INSTANCE;
        }
        pos++;
    }

    /**
     * Skips the well-formed UTF-8 sequence at {@link #pos} (no overlong form, no surrogate, at most U+10FFFF), which
     * Jackson and the JDK decode alike; anything else is left to Jackson.
     */
    private void utf8() throws Unsure {
        int c = b[pos] & 0xff;
        int more;
        int low = 0x80;
        int high = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            more = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            more = 2;
            if (c == 0xe0) {
                low = 0xa0;
            } else if (c == 0xed) {
                high = 0x9f;
            }
        } else if (c >= 0xf0 && c <= 0xf4) {
            more = 3;
            if (c == 0xf0) {
                low = 0x90;
            } else if (c == 0xf4) {
                high = 0x8f;
            }
        } else {
            throw Unsure.INSTANCE;
        }
        if (pos + more >= to) {
            throw Unsure.INSTANCE;
        }
        int second = b[pos + 1] & 0xff;
        if (second < low || second > high) {
            throw Unsure.INSTANCE;
        }
        for (int k = 2; k <= more; k++) {
            int next = b[pos + k] & 0xff;
            if (next < 0x80 || next > 0xbf) {
                throw Unsure.INSTANCE;
            }
        }
        pos += more + 1;
    }

    /** JSON's white space: space, tab, LF, CR. */
    private void ws() {
        while (pos < to) {
            byte c = b[pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private void expect(char c) throws Unsure {
        if (at() != c) {
            throw Unsure.INSTANCE;
        }
        pos++;
    }

    /** The byte at {@link #pos}, unsigned; running out of bytes is not the usual shape. */
    private int at() throws Unsure {
        if (pos >= to) {
            throw Unsure.INSTANCE;
        }
        return b[pos] & 0xff;
    }

    private int peek() throws Unsure {
        return at();
    }

    /** Whether the member name just read is {@code key}. */
    private boolean is(byte[] key) {
        if (nameTo - nameFrom != key.length) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (b[nameFrom + i] != key[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] key(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }
}
