package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.model.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast JSON Lines reader against the Jackson path it stands in for: on every record it reads, the same event
 * (equal in every field) as Jackson; on the rest it says nothing (null), and Jackson decides. Seeded random records
 * mix the usual shape with everything else JSON allows or nearly allows (escapes, surrogates, bad UTF-8, numbers of
 * every form, values of the wrong kind, fields twice, unknown fields holding nested values, text after the object)
 * and random byte damage; the records of the golden JSON Lines export are all read by the fast reader. Rerun a
 * failure with {@code -Dtimeline.seed=<seed>}.
 */
class JsonlFastParseTest {

    private static final String[] TYPES = {"armed-attack", "protests", "Armed-Attack", " protests ", "armed_attack",
        "no-such-type", "explosions-remote-violence"};
    private static final String[] ROLES = {"initiator", "target", "participant", "mentioned", "Target", "boss"};
    private static final String[] DATES = {"2023-01-27", "2022-10", "2021", "2013/2021", "1991/..", "2023-03-30~",
        "2023-02?", "2023-03-XX", "2023-02-30", "2023-13-01", "0044-03-15", "-0044-03-15", "2020-05-01T10:30:45Z",
        "", "2023-1-1", "x"};
    private static final String[] PIECES = {"a", "Baku", " ", "é", "日本", "\ud83d\ude00", "\\\"", "\\\\", "\\/", "\\n",
        "\\t", "\\b", "\\f", "\\r", "\\u00e9", "\\u0041", "\\ud83d\\ude00", "\\ud800", "\\uDC00x", "\\x", "\\u12",
        "\\u20ac", "\\uFFFF", "\\u07FF", "\\u0800", "\\u0100",
        "\t", "\u0001", "\u007f", "\u202e", ",", ":", "{", "}", "[", "]", "\ue000", "\ue001", "\ue002", "\ue003",
        "\ue004", "\ue005", "\ue006", "\ue007", "\ue008"};
    /** Raw bytes that no Java string encodes as such (bad or borderline UTF-8), put where U+E000.. stand. */
    private static final byte[][] RAW = {{(byte) 0xc0, (byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xe0, (byte) 0x80, (byte) 0x80},
        {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xc2}, {(byte) 0xff},
        {(byte) 0xc1, (byte) 0xbf}, {(byte) 0xf5, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
    private static final String[] NUMBERS = {"0", "1", "-0", "42", "-3", "1.5", "-0.0", "1e3", "1E+2", "2.5e-1",
        "01", "1.", "-", "+1", "1e", ".5", "2147483647", "2147483648", "99999999999", "40.4093", "49.8671", "91",
        "-180", "180.0", "180.0001", "123456789012345678"};

    @Test
    void readsWhatJacksonReadsOrLeavesItToJackson() {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("JsonlFastParseTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        int read = 0;
        int cases = 50_000;
        for (int i = 0; i < cases; i++) {
            byte[] line = line(random);
            if (random.nextInt(4) == 0) {
                line = damage(random, line);
            }
            read += compare(line, "seed " + seed + ", case " + i) ? 1 : 0;
        }
        assertThat(read).as("the fast reader reads a good share of the records (seed %d)", seed)
                .isGreaterThan(cases / 10);
    }

    @Test
    void readsEveryRecordOfTheGoldenExport() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/golden/list.jsonl"));
        assertThat(lines).isNotEmpty();
        for (String text : lines) {
            byte[] line = text.getBytes(StandardCharsets.UTF_8);
            assertThat(JsonlFastParse.parse(line, 0, line.length)).as(text).isNotNull();
            assertThat(compare(line, text)).isTrue();
        }
    }

    @Test
    void agreesOnTheFuzzSeeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(
                "src/test/resources/dev/timeline/fuzz/BigInputFuzzTestInputs/jsonl"))) {
            for (Path file : files.toList()) {
                for (String text : Files.readAllLines(file)) {
                    compare(text.getBytes(StandardCharsets.UTF_8), file + ": " + text);
                }
            }
        }
    }

    @Test
    void readsTheUsualRecordWithinLargerBytes() {
        byte[] inner = ("{\"id\":\"e1\",\"date\":\"2023-01-27\",\"type\":\"protests\",\"actors\":[{\"id\":\"iran\","
                + "\"role\":\"target\"},\"Some Group\"],\"place\":{\"name\":\"Baku\",\"country\":\"AZE\",\"lat\":40.4,"
                + "\"lon\":49},\"fatalities\":2,\"sources\":[\"Trend\",{\"outlet\":\"Tasnim\",\"published\":"
                + "\"2023-01-28\"}],\"tags\":[\"t\"]}").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[inner.length + 20];
        System.arraycopy(inner, 0, bytes, 10, inner.length);
        bytes[9] = '{'; // outside the record: never read
        Event event = JsonlFastParse.parse(bytes, 10, 10 + inner.length);
        assertThat(event).isNotNull();
        assertThat(compare(inner, "usual")).isTrue();
        assertThat(event.place().lon()).isEqualTo(49.0);
        assertThat(JsonlFastParse.parse(bytes, 10, 10 + inner.length - 1)).as("cut short").isNull();
    }

    /** Whether the fast reader read {@code line}; fails when what it read differs from Jackson's reading. */
    private static boolean compare(byte[] line, String where) {
        Event fast = JsonlFastParse.parse(line, 0, line.length);
        if (fast == null) {
            return false;
        }
        Object jackson;
        try {
            jackson = JsonlEventParser.withJackson(line, 0, line.length);
        } catch (BadRow | RuntimeException e) {
            jackson = e;
        }
        assertThat(jackson).as("%s: %s", where, new String(line, StandardCharsets.UTF_8)).isEqualTo(fast);
        return true;
    }

    private static byte[] damage(Random random, byte[] line) {
        byte[] out = line.clone();
        int at = random.nextInt(out.length);
        switch (random.nextInt(4)) {
            case 0 -> out[at] = (byte) random.nextInt(256);
            case 1 -> out[at] = (byte) "{}[]\",: \\0-e.n".charAt(random.nextInt(14));
            case 2 -> {
                byte[] cut = new byte[at];
                System.arraycopy(out, 0, cut, 0, at);
                return cut;
            }
            default -> out[at] = (byte) (0x80 | random.nextInt(0x80));
        }
        return out;
    }

    private static byte[] line(Random random) {
        hostile = random.nextBoolean();
        List<String> members = new ArrayList<>();
        members.add(member("id", odd(random, 10) ? value(random, 0) : string(random, "e" + random.nextInt(99))));
        members.add(member("date", odd(random, 10) ? value(random, 0)
                : "\"" + DATES[random.nextInt(random.nextInt(3) == 0 ? DATES.length : 2)] + "\""));
        members.add(member("type", odd(random, 10) ? value(random, 0)
                : "\"" + TYPES[random.nextInt(random.nextInt(3) == 0 ? TYPES.length : 2)] + "\""));
        String[] optional = {"title", "summary", "note", "dataset", "actors", "place", "fatalities", "sources", "tags",
            "start", "end", "other", "title", "actors", "tags", "place", "sources", "fatalities"};
        int more = random.nextInt(9);
        for (int k = 0; k < more; k++) {
            String name = optional[random.nextInt(optional.length)];
            members.add(member(name, field(random, name)));
        }
        if (random.nextInt(20) == 0) {
            members.remove(random.nextInt(members.size()));
        }
        java.util.Collections.shuffle(members, random);
        StringBuilder b = new StringBuilder(space(random)).append('{');
        for (int k = 0; k < members.size(); k++) {
            b.append(k > 0 ? "," + space(random) : space(random)).append(members.get(k));
        }
        b.append(space(random)).append('}');
        if (odd(random, 10)) {
            b.append(random.nextBoolean() ? " trailing" : "}");
        }
        return raw(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code utf8} with each U+E000+k (EE 80 80+k) replaced by {@code RAW[k]}. */
    private static byte[] raw(byte[] utf8) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(utf8.length);
        for (int i = 0; i < utf8.length; i++) {
            int k = i + 2 < utf8.length && utf8[i] == (byte) 0xee && utf8[i + 1] == (byte) 0x80 ? (utf8[i + 2] & 0xff)
                    - 0x80 : -1;
            if (k >= 0 && k < RAW.length) {
                out.writeBytes(RAW[k]);
                i += 2;
            } else {
                out.write(utf8[i]);
            }
        }
        return out.toByteArray();
    }

    private static String field(Random random, String name) {
        if (odd(random, 8)) {
            return value(random, 0);
        }
        return switch (name) {
            case "actors" -> array(random, () -> random.nextInt(4) == 0 ? string(random, "Group " + random.nextInt(3))
                    : object(random, new String[] {"id", "name", "role", "x"}, n -> switch (n) {
                        case "role" -> odd(random, 8) ? value(random, 1)
                                : "\"" + ROLES[random.nextInt(ROLES.length)] + "\"";
                        case "x" -> value(random, 1);
                        default -> odd(random, 8) ? value(random, 1) : string(random, "Actor " + n);
                    }));
            case "place" -> !hostile && random.nextBoolean() ? tamePlace(random)
                    : object(random, new String[] {"name", "country", "lat", "lon", "x"}, n -> switch (n) {
                case "lat", "lon" -> odd(random, 5) ? "null" : NUMBERS[random.nextInt(NUMBERS.length)];
                case "x" -> value(random, 1);
                default -> odd(random, 8) ? value(random, 1) : string(random, "Baku");
            });
            case "fatalities" -> odd(random, 5) ? "null" : hostile ? NUMBERS[random.nextInt(NUMBERS.length)]
                    : String.valueOf(random.nextInt(random.nextBoolean() ? 5 : Integer.MAX_VALUE));
            case "sources" -> array(random, () -> random.nextInt(4) == 0 ? string(random, "Trend")
                    : object(random, new String[] {"outlet", "published", "title", "url", "note", "x"}, n -> switch (n) {
                        case "published" -> random.nextInt(4) == 0 ? "null"
                                : "\"" + DATES[random.nextInt(DATES.length)] + "\"";
                        case "x" -> value(random, 1);
                        default -> odd(random, 8) ? value(random, 1) : string(random, n);
                    }));
            case "tags" -> array(random, () -> odd(random, 8) ? value(random, 1) : string(random, "tag"));
            default -> string(random, "Text");
        };
    }

    /** A place of the usual shape: a name, a country, a point or not; or none of them ({}). */
    private static String tamePlace(Random random) {
        String[] coordinates = {"40.4093", "49.8671", "-3", "0", "42", "1.5", "1e1", "-0.0", "89.99999999999999"};
        List<String> members = new ArrayList<>();
        if (random.nextBoolean()) {
            members.add(member("name", string(random, "Baku")));
        }
        if (random.nextBoolean()) {
            members.add(member("country", string(random, "AZE")));
        }
        if (random.nextBoolean()) {
            members.add(member("lat", coordinates[random.nextInt(coordinates.length)]));
            members.add(member("lon", coordinates[random.nextInt(coordinates.length)]));
        }
        java.util.Collections.shuffle(members, random);
        return "{" + String.join(",", members) + "}";
    }

    /** Whether the record being made is a hostile one (else values are mostly of the kind expected). */
    private static boolean hostile;

    /** One chance in {@code n} on a hostile record, almost none on a tame one. */
    private static boolean odd(Random random, int n) {
        return random.nextInt(hostile ? n : 50 * n) == 0;
    }

    private static String member(String name, String value) {
        return "\"" + name + "\":" + value;
    }

    private static String array(Random random, java.util.function.Supplier<String> element) {
        StringBuilder b = new StringBuilder("[");
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(i > 0 ? "," : "").append(space(random)).append(element.get());
        }
        return b.append(space(random)).append(']').toString();
    }

    private static String object(Random random, String[] names, java.util.function.Function<String, String> value) {
        StringBuilder b = new StringBuilder("{");
        int n = random.nextInt(names.length + 1);
        for (int i = 0; i < n; i++) {
            String name = names[random.nextInt(names.length)];
            b.append(i > 0 ? "," : "").append(space(random)).append(member(name, value.apply(name)));
        }
        return b.append(space(random)).append('}').toString();
    }

    /** Any JSON value, or nearly: nested to {@code depth}. */
    private static String value(Random random, int depth) {
        int kind = random.nextInt(depth > 2 ? 5 : 8);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> NUMBERS[random.nextInt(NUMBERS.length)];
            case 3, 4 -> string(random, "v");
            case 5 -> array(random, () -> value(random, depth + 1));
            case 6 -> object(random, new String[] {"a", "id", "type", "\\u0061"}, n -> value(random, depth + 1));
            default -> random.nextBoolean() ? "nul" : "[1,]";
        };
    }

    /** A JSON string: mostly plain, else made of escapes, non-ASCII and characters that need escaping. */
    private static String string(Random random, String plain) {
        if (random.nextInt(hostile ? 3 : 10) > 0) {
            return "\"" + plain + "\"";
        }
        StringBuilder b = new StringBuilder("\"");
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.append('"').toString();
    }

    private static String space(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> " ";
            case 1 -> "\t";
            case 2 -> "\r\n ";
            case 3 -> "\u000b";
            default -> "";
        };
    }
}
