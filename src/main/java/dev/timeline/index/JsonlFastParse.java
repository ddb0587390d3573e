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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    // the member names read, by code (0: any other name)
    private static final int ID = 1;
    private static final int DATE = 2;
    private static final int TITLE = 3;
    private static final int SUMMARY = 4;
    private static final int NOTE = 5;
    private static final int DATASET = 6;
    private static final int TYPE = 7;
    private static final int ACTORS = 8;
    private static final int PLACE = 9;
    private static final int FATALITIES = 10;
    private static final int SOURCES = 11;
    private static final int TAGS = 12;
    private static final int NAME = 13;
    private static final int ROLE = 14;
    private static final int COUNTRY = 15;
    private static final int LAT = 16;
    private static final int LON = 17;
    private static final int OUTLET = 18;
    private static final int PUBLISHED = 19;
    private static final int URL = 20;
    private static final byte[][] KEYS = {null, key("id"), key("date"), key("title"), key("summary"), key("note"),
        key("dataset"), key("type"), key("actors"), key("place"), key("fatalities"), key("sources"), key("tags"),
        key("name"), key("role"), key("country"), key("lat"), key("lon"), key("outlet"), key("published"),
        key("url")};

    /**
     * The event types and roles by their exact ids, each as {@link Coded#lookup} finds it: one table look-up per
     * record instead of a scan comparing ignoring case (other spellings still go to {@code lookup}).
     */
    private static final Map<String, EventType> TYPES = exactIds(EventType.class);
    private static final Map<String, Role> ROLES = exactIds(Role.class);

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
                switch (key()) {
                    case ID -> id = text();
                    case DATE -> {
                        String text = text();
                        date = text == null ? null : EventDate.parse(text);
                    }
                    case TITLE -> title = text();
                    case SUMMARY -> summary = text();
                    case NOTE -> note = text();
                    case DATASET -> dataset = text();
                    case TYPE -> type = type(text());
                    case ACTORS -> actors(actors);
                    case PLACE -> place = place();
                    case FATALITIES -> {
                        if (peek() == 'n') {
                            literal("null");
                        } else {
                            fatalities = count();
                        }
                    }
                    case SOURCES -> sources(sources);
                    case TAGS -> tags(tags);
                    default -> skipValue(1);
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
                    switch (key()) {
                        case ID -> id = text();
                        case NAME -> name = text();
                        case ROLE -> role = role(text());
                        default -> skipValue(3);
                    }
                } while (nextMember('}'));
            }
            add(out, new Participation(id != null ? id : Names.slug(name == null ? "" : name), role));
        } while (nextElement());
    }

    private static EventType type(String text) throws Unsure {
        EventType type = text == null ? null : TYPES.get(text);
        if (type == null) {
            type = Coded.lookup(EventType.class, text).orElse(null);
            if (type == null) {
                throw Unsure.INSTANCE;
            }
        }
        return type;
    }

    private static Role role(String text) throws Unsure {
        Role role = text == null ? null : ROLES.get(text);
        if (role == null) {
            role = Coded.lookup(Role.class, text).orElse(null);
            if (role == null) {
                throw Unsure.INSTANCE;
            }
        }
        return role;
    }

    private static <E extends Enum<E> & Coded> Map<String, E> exactIds(Class<E> type) {
        Map<String, E> byId = new HashMap<>();
        for (E e : type.getEnumConstants()) {
            byId.put(e.id(), Coded.lookup(type, e.id()).orElseThrow());
        }
        return byId;
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
                switch (key()) {
                    case NAME -> name = text();
                    case COUNTRY -> country = text();
                    case LAT -> lat = degrees(90);
                    case LON -> lon = degrees(180);
                    default -> skipValue(2);
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
        long value = 0;
        for (int i = b[start] == '-' ? start + 1 : start; i < pos; i++) { // digits, as number() checked
            value = value * 10 + (b[i] - '0');
        }
        if (b[start] == '-' && value != 0 || value > Integer.MAX_VALUE) {
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
                    switch (key()) {
                        case OUTLET -> outlet = text();
                        case PUBLISHED -> {
                            String text = text();
                            published = text == null ? null : EventDate.parse(text);
                        }
                        case TITLE -> title = text();
                        case URL -> url = text();
                        case NOTE -> note = text();
                        default -> skipValue(3);
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
        if (pos < to && b[pos] <= ' ') { // no call for no space: this runs interpreted at first
            ws();
        }
        if (at() == '}') {
            pos++;
            return false;
        }
        member();
        return true;
    }

    /** After a member's value: whether another member follows (its name read), else expects {@code close}. */
    private boolean nextMember(char close) throws Unsure {
        if (pos < to && b[pos] <= ' ') { // no call for no space: this runs interpreted at first
            ws();
        }
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
        byte[] b = this.b;
        int start = pos + 1;
        int p = start;
        while (p < to) {
            byte c = b[p];
            if (c == '"' || c == '\\' || c < 0x20) {
                break;
            }
            p++;
        }
        if (p >= to || b[p] != '"' || p - start > MAX_NAME) {
            throw Unsure.INSTANCE;
        }
        nameFrom = start;
        nameTo = p++;
        if (p < to && b[p] == ':') { // the usual "name":value, without white space
            pos = p + 1;
        } else {
            pos = p;
            ws();
            expect(':');
        }
        if (pos < to && b[pos] <= ' ') {
            ws();
        }
    }

    /** After an array's '[': whether an element follows (at {@link #pos}), or ']' closes it. */
    private boolean firstElement() throws Unsure {
        if (pos < to && b[pos] <= ' ') { // no call for no space: this runs interpreted at first
            ws();
        }
        if (at() == ']') {
            pos++;
            return false;
        }
        return true;
    }

    /** After an element: whether another follows (at {@link #pos}), else expects ']'. */
    private boolean nextElement() throws Unsure {
        if (pos < to && b[pos] <= ' ') { // no call for no space: this runs interpreted at first
            ws();
        }
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
        byte[] b = this.b;
        int start = pos + 1;
        int p = start;
        // plain ASCII up to the closing quote, the usual case, in a loop of its own: it runs interpreted at first
        while (p < to) {
            byte c = b[p];
            if (c == '"' || c == '\\' || c < 0x20) { // bytes from 0x80 are negative
                break;
            }
            p++;
        }
        pos = p;
        if (at() == '"') {
            pos++;
            return new String(b, start, p - start, StandardCharsets.ISO_8859_1);
        }
        boolean ascii = true;
        while (true) {
            int c = at();
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                return escaped(start, ascii);
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

    /**
     * The rest of a string from {@code start}, at its first backslash ({@code ascii}: whether the text before it
     * is ASCII): unescaped into UTF-8 bytes, decoded once. An escaped surrogate ({@code \\uD800}..{@code \\uDFFF}),
     * which UTF-8 cannot hold alone, goes the slower way ({@link #escapedAsChars}).
     */
    private String escaped(int start, boolean ascii) throws Unsure {
        int firstEscape = pos;
        byte[] out = new byte[to - start]; // unescaping never lengthens: an escape is as long as its UTF-8 or more
        int n = pos - start;
        System.arraycopy(b, start, out, 0, n);
        while (true) {
            int p = pos;
            while (p < to) {
                byte c = b[p];
                if (c == '"' || c == '\\' || c < 0x20) {
                    break;
                }
                p++;
            }
            System.arraycopy(b, pos, out, n, p - pos);
            n += p - pos;
            pos = p;
            int c = at();
            if (c == '"') {
                pos++;
                if (n > MAX_STRING) {
                    throw Unsure.INSTANCE;
                }
                return new String(out, 0, n, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            }
            if (c == '\\') {
                char ch = escape();
                if (ch < 0x80) {
                    out[n++] = (byte) ch;
                } else if (ch < 0x800) {
                    out[n++] = (byte) (0xc0 | ch >> 6);
                    out[n++] = (byte) (0x80 | ch & 0x3f);
                    ascii = false;
                } else if (Character.isSurrogate(ch)) {
                    pos = firstEscape;
                    return escapedAsChars(start);
                } else {
                    out[n++] = (byte) (0xe0 | ch >> 12);
                    out[n++] = (byte) (0x80 | ch >> 6 & 0x3f);
                    out[n++] = (byte) (0x80 | ch & 0x3f);
                    ascii = false;
                }
            } else if (c < 0x20) {
                throw Unsure.INSTANCE;
            } else {
                int from = pos;
                utf8();
                System.arraycopy(b, from, out, n, pos - from);
                n += pos - from;
                ascii = false;
            }
        }
    }

    /** As {@link #escaped}, through chars: for text with escaped surrogates. */
    private String escapedAsChars(int start) throws Unsure {
        StringBuilder text = new StringBuilder(Math.max(16, 2 * (pos - start)));
        int segment = start;
        while (true) {
            int c = at();
            if (c == '"' || c == '\\') {
                text.append(new String(b, segment, pos - segment, StandardCharsets.UTF_8)); // checked as read
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
        byte[] b = this.b;
        int start = pos + 1;
        int p = start;
        while (true) {
            while (p < to) { // plain ASCII, as in string()
                byte c = b[p];
                if (c == '"' || c == '\\' || c < 0x20) {
                    break;
                }
                p++;
            }
            pos = p;
            int c = at();
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                escape();
            } else if (c < 0x20) {
                throw Unsure.INSTANCE;
            } else {
                utf8();
            }
            p = pos;
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

    /** The code of the member name just read, 0 for a name this reader does not look at. */
    private int key() {
        int length = nameTo - nameFrom;
        if (length < 2) {
            return 0;
        }
        byte first = b[nameFrom];
        byte second = b[nameFrom + 1];
        int candidate = switch (length) {
            case 2 -> ID;
            case 3 -> first == 'u' ? URL : second == 'a' ? LAT : LON;
            case 4 -> switch (first) {
                case 'd' -> DATE;
                case 't' -> second == 'y' ? TYPE : TAGS;
                case 'n' -> second == 'o' ? NOTE : NAME;
                case 'r' -> ROLE;
                default -> 0;
            };
            case 5 -> first == 't' ? TITLE : PLACE;
            case 6 -> first == 'a' ? ACTORS : OUTLET;
            case 7 -> switch (first) {
                case 's' -> second == 'u' ? SUMMARY : SOURCES;
                case 'd' -> DATASET;
                case 'c' -> COUNTRY;
                default -> 0;
            };
            case 9 -> PUBLISHED;
            case 10 -> FATALITIES;
            default -> 0;
        };
        if (candidate == 0) {
            return 0;
        }
        byte[] key = KEYS[candidate];
        if (key.length != length) {
            return 0;
        }
        for (int i = 0; i < length; i++) {
            if (b[nameFrom + i] != key[i]) {
                return 0;
            }
        }
        return candidate;
    }

    private static byte[] key(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }
}
