package dev.timeline.index;

import dev.timeline.dates.EventDate;
import dev.timeline.index.JsonBytes.Unsure;
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

    private final JsonBytes json;

    private JsonlFastParse(byte[] b, int from, int to) {
        this.json = new JsonBytes(b, from, to);
    }

    /** The event in {@code b[from, to)}, or null when the Jackson path must decide. */
    static Event parse(byte[] b, int from, int to) {
        try {
            return new JsonlFastParse(b, from, to).event();
        } catch (Unsure | RuntimeException e) {
            return null; // a problem, or a shape this reader does not take: Jackson decides
        }
    }

    /** The member's value as an EDTF date, or null for a JSON null. */
    private EventDate date() throws Unsure {
        String text = json.text();
        return text == null ? null : EventDate.parse(text);
    }

    private Event event() throws Unsure {
        json.ws();
        json.expect('{');
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
        if (json.firstMember()) {
            do {
                switch (key()) {
                    case ID -> id = json.text();
                    case DATE -> date = date();
                    case TITLE -> title = json.text();
                    case SUMMARY -> summary = json.text();
                    case NOTE -> note = json.text();
                    case DATASET -> dataset = json.text();
                    case TYPE -> type = type(json.text());
                    case ACTORS -> actors(actors);
                    case PLACE -> place = place();
                    case FATALITIES -> {
                        if (json.peek() == 'n') {
                            json.literal("null");
                        } else {
                            fatalities = count();
                        }
                    }
                    case SOURCES -> sources(sources);
                    case TAGS -> tags(tags);
                    default -> json.skipValue(1);
                }
            } while (json.nextMember('}'));
        }
        if (id == null || date == null || type == null) {
            throw Unsure.INSTANCE;
        }
        return new Event(id, date, title == null ? id : title, summary, type, actors, place, fatalities, sources,
                tags, note, dataset);
    }

    private void actors(List<Participation> out) throws Unsure {
        if (json.peek() != '[') {
            json.skipValue(1);
            return;
        }
        json.expect('[');
        if (!json.firstElement()) {
            return;
        }
        do {
            if (json.peek() == '"') {
                add(out, new Participation(Names.slug(json.string()), Role.PARTICIPANT));
                continue;
            }
            json.expect('{');
            String id = null;
            String name = null;
            Role role = Role.PARTICIPANT;
            if (json.firstMember()) {
                do {
                    switch (key()) {
                        case ID -> id = json.text();
                        case NAME -> name = json.text();
                        case ROLE -> role = role(json.text());
                        default -> json.skipValue(3);
                    }
                } while (json.nextMember('}'));
            }
            add(out, new Participation(id != null ? id : Names.slug(name == null ? "" : name), role));
        } while (json.nextElement());
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
        if (json.peek() != '{') {
            json.skipValue(1);
            return null;
        }
        json.expect('{');
        String name = null;
        String country = null;
        Double lat = null;
        Double lon = null;
        if (json.firstMember()) {
            do {
                switch (key()) {
                    case NAME -> name = json.text();
                    case COUNTRY -> country = json.text();
                    case LAT -> lat = degrees(90);
                    case LON -> lon = degrees(180);
                    default -> json.skipValue(2);
                }
            } while (json.nextMember('}'));
        }
        if ((lat == null) != (lon == null)) {
            throw Unsure.INSTANCE;
        }
        return name == null && country == null && lat == null ? null : new Place(name, country, lat, lon);
    }

    /** A coordinate from -limit to limit, or null for JSON null. */
    private Double degrees(double limit) throws Unsure {
        if (json.peek() == 'n') {
            json.literal("null");
            return null;
        }
        String digits = json.numberText();
        double value;
        if (json.integer()) {
            // Jackson widens an integer's value; "-0" (-0.0 or 0.0?) and long ones are left to it
            if (digits.length() > 15 || digits.equals("-0")) {
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
        String digits = json.numberText();
        if (!json.integer() || digits.length() > 10) {
            throw Unsure.INSTANCE;
        }
        boolean negative = digits.charAt(0) == '-';
        long value = 0;
        for (int i = negative ? 1 : 0; i < digits.length(); i++) { // digits, as numberText() checked
            value = value * 10 + (digits.charAt(i) - '0');
        }
        if (negative && value != 0 || value > Integer.MAX_VALUE) {
            throw Unsure.INSTANCE;
        }
        return (int) value;
    }

    private void sources(List<Source> out) throws Unsure {
        if (json.peek() != '[') {
            json.skipValue(1);
            return;
        }
        json.expect('[');
        if (!json.firstElement()) {
            return;
        }
        do {
            if (json.peek() == '"') {
                out.add(new Source(json.string(), null, null, null, null));
                continue;
            }
            json.expect('{');
            String outlet = null;
            EventDate published = null;
            String title = null;
            String url = null;
            String note = null;
            if (json.firstMember()) {
                do {
                    switch (key()) {
                        case OUTLET -> outlet = json.text();
                        case PUBLISHED -> published = date();
                        case TITLE -> title = json.text();
                        case URL -> url = json.text();
                        case NOTE -> note = json.text();
                        default -> json.skipValue(3);
                    }
                } while (json.nextMember('}'));
            }
            if (outlet != null || published != null || title != null || url != null) {
                out.add(new Source(outlet, published, title, url, note));
            }
        } while (json.nextElement());
    }

    private void tags(List<String> out) throws Unsure {
        int c = json.peek();
        if (c == '{') {
            throw Unsure.INSTANCE; // Jackson reads on inside the object, as if its fields were the event's
        }
        if (c != '[') {
            json.text(); // a scalar: ignored
            return;
        }
        json.expect('[');
        if (!json.firstElement()) {
            return;
        }
        do {
            String tag = json.text();
            if (tag == null) {
                throw Unsure.INSTANCE; // an event refuses a null tag
            }
            out.add(tag);
        } while (json.nextElement());
    }

    /** The code of the member name just read, 0 for a name this reader does not look at. */
    private int key() {
        int length = json.nameLength();
        if (length < 2) {
            return 0;
        }
        byte first = json.nameByte(0);
        byte second = json.nameByte(1);
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
        return candidate != 0 && json.nameIs(KEYS[candidate]) ? candidate : 0;
    }

    private static byte[] key(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }
}
