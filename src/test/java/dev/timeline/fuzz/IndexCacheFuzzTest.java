package dev.timeline.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/**
 * The index cache, damaged in ways its checksum does not see: a writer bug, a format change, tampering. Each input
 * is a list of edits to a good cache file of a fixed JSON Lines input; the harness applies them, recomputes the
 * trailing CRC-32C (so the file passes its checksum) and opens the input through {@code Inputs.open}, cache on.
 *
 * <p>The invariant is stronger than for the other targets: the data file is fine, so no error at all may come
 * out, and the answers must be exactly those of a run without cache. A damaged index is to be discarded and
 * rebuilt, never trusted and never blamed on the data file.
 *
 * <p>Input: 8-byte edits. Byte 0 picks the edit (0 set a byte, 1 set a little-endian int, 2 cut bytes, 3 insert
 * bytes), bytes 1-3 the offset (little-endian, counted from the end of the header's format key, wrapping), bytes
 * 4-7 the value (or the count to cut or insert). Seeds: {@code IndexCacheFuzzTestInputs/cache/}; a {@code seed-}
 * one names the field it hits (see {@link #FIELDS}).
 */
class IndexCacheFuzzTest {

    private static final Path DIR = Harness.folder("cache");
    private static final Path CACHE_HOME = DIR.resolve("cache-home");
    private static final Path DATA = DIR.resolve("events.jsonl");
    private static final List<String> EXPECTED;
    private static final byte[] PRISTINE;
    private static final Path CACHE_FILE;

    /**
     * The header fields a {@code seed-NAME} file edits, as byte ranges from the end of the format key (see
     * {@link #anchor}) in the cache's layout ({@code IndexFileWriter}); {@code dictionary} and {@code columns}
     * stand for where those begin and end in the pristine file. {@link #seedsHitTheirFields} keeps them true.
     */
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("stamp", "0-49"),
            Map.entry("count-huge", "49-53"), Map.entry("count-negative", "49-53"),
            Map.entry("count-off-by-one", "49-53"), Map.entry("actor-ids-huge", "53-57"),
            Map.entry("actors-huge", "57-61"), Map.entry("problems-listed", "65-69"),
            Map.entry("actor-kind", "dictionary"), Map.entry("column-byte", "columns"),
            Map.entry("offsets", "columns"), Map.entry("cut", "columns"), Map.entry("insert", "columns"));

    static {
        try {
            Files.writeString(DATA, events(new Random(11), 60), StandardCharsets.UTF_8);
            EXPECTED = Harness.openAndAsk(DATA, Harness.options(null));
            Harness.openAndAsk(DATA, Harness.options(CACHE_HOME));
            try (Stream<Path> files = Files.list(CACHE_HOME.resolve("timeline"))) {
                CACHE_FILE = files.filter(f -> f.toString().endsWith(".tlix")).findFirst().orElseThrow(
                        () -> new IllegalStateException("no index was cached under " + CACHE_HOME));
            }
            PRISTINE = Files.readAllBytes(CACHE_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void cache(byte[] input) throws IOException {
        byte[] damaged = damage(PRISTINE, input);
        Files.write(CACHE_FILE, damaged);
        List<String> answers;
        try {
            answers = Harness.openAndAsk(DATA, Harness.options(CACHE_HOME));
        } catch (RuntimeException | Error e) {
            throw new AssertionError("a damaged index (" + describe(input) + ") made a good file fail: " + e, e);
        }
        if (!answers.equals(EXPECTED)) {
            throw new AssertionError("a damaged index (" + describe(input) + ") changed the answers:\nexpected "
                    + EXPECTED + "\nbut got  " + answers);
        }
    }

    /**
     * Each named seed edits the field its name says, in today's layout (seeds written for an older header, or found
     * from a wrong anchor, would edit the input's path or its stamp and test nothing but a cache miss).
     */
    @Test
    void seedsHitTheirFields() throws IOException {
        int anchor = anchor(PRISTINE);
        int dictionary = anchor + 69;
        int columns = afterDictionary(PRISTINE, dictionary);
        Path seeds = Path.of("src/test/resources/dev/timeline/fuzz/IndexCacheFuzzTestInputs/cache");
        int named = 0;
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : (Iterable<Path>) files.sorted()::iterator) {
                String name = seed.getFileName().toString();
                if (!name.startsWith("seed-") || name.equals("seed-untouched")) {
                    continue;
                }
                String field = FIELDS.get(name.substring("seed-".length()));
                assertNotNull(field, name + " names no field of FIELDS");
                int low;
                int high;
                if (field.equals("dictionary")) {
                    low = dictionary;
                    high = columns;
                } else if (field.equals("columns")) {
                    low = columns;
                    high = PRISTINE.length - 8;
                } else {
                    String[] range = field.split("-");
                    low = anchor + Integer.parseInt(range[0]);
                    high = anchor + Integer.parseInt(range[1]);
                }
                byte[] edits = Files.readAllBytes(seed);
                for (int at = 0; at + 8 <= edits.length; at += 8) {
                    int offset = (edits[at + 1] & 0xff) | (edits[at + 2] & 0xff) << 8 | (edits[at + 3] & 0xff) << 16;
                    int where = anchor + offset;
                    assertTrue(where >= low && where < high, name + " edits byte " + where + ", outside its field ["
                            + low + ", " + high + ")");
                }
                named++;
            }
        }
        assertEquals(FIELDS.size(), named, "a seed for every field of FIELDS");
    }

    /** Where the dictionary that starts at {@code at} ends: its actors, then its problems (counts in the header). */
    private static int afterDictionary(byte[] bytes, int at) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int actors = b.getInt(at - 12);
        int problems = b.getInt(at - 4);
        for (int i = 0; i < actors; i++) {
            at += 4 + b.getInt(at); // id
            at += 4 + b.getInt(at); // name
            at += 1; // kind
            at += 4 + b.getInt(at); // country
        }
        for (int i = 0; i < problems; i++) {
            at += 4 + b.getInt(at); // file
            at += 8; // line, column
            at += 4 + b.getInt(at); // message
        }
        return at;
    }

    /** Applies the edits, then writes a checksum that matches the damaged content. */
    static byte[] damage(byte[] pristine, byte[] edits) {
        byte[] bytes = pristine.clone();
        int anchor = anchor(bytes);
        for (int at = 0; at + 8 <= edits.length && bytes.length > 16; at += 8) {
            ByteBuffer edit = ByteBuffer.wrap(edits, at, 8).order(ByteOrder.LITTLE_ENDIAN);
            int kind = edit.get() & 3;
            int offset = (edit.get() & 0xff) | (edit.get() & 0xff) << 8 | (edit.get() & 0xff) << 16;
            int value = edit.getInt();
            int body = bytes.length - 8; // the checksum is rewritten below
            int where = (int) ((anchor + (long) offset) % body);
            switch (kind) {
                case 0 -> bytes[where] = (byte) value;
                case 1 -> {
                    for (int i = 0; i < 4 && where + i < body; i++) {
                        bytes[where + i] = (byte) (value >>> (8 * i));
                    }
                }
                case 2 -> {
                    int cut = Math.min(Math.floorMod(value, 64) + 1, body - where);
                    byte[] shorter = new byte[bytes.length - cut];
                    System.arraycopy(bytes, 0, shorter, 0, where);
                    System.arraycopy(bytes, where + cut, shorter, where, bytes.length - where - cut);
                    bytes = shorter;
                }
                default -> {
                    int add = Math.floorMod(value, 64) + 1;
                    byte[] longer = new byte[bytes.length + add];
                    System.arraycopy(bytes, 0, longer, 0, where);
                    for (int i = 0; i < add; i++) {
                        longer[where + i] = (byte) (value >>> (8 * (i & 3)));
                    }
                    System.arraycopy(bytes, where, longer, where + add, bytes.length - where);
                    bytes = longer;
                }
            }
        }
        if (bytes.length >= 8) {
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, bytes.length - 8);
            ByteBuffer.wrap(bytes, bytes.length - 8, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(crc.getValue());
        }
        return bytes;
    }

    /**
     * Where the header's format key ends (after the magic number, the version, the input's path and the key, each
     * string an int length and its UTF-8 bytes), so that seeds name the same fields whatever the path's length.
     * Throws when the pristine file does not start that way: the seeds' offsets would then mean nothing.
     */
    static int anchor(byte[] bytes) {
        ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int at = 8; // magic, version
        for (int string = 0; string < 2; string++) {
            int length = at + 4 <= bytes.length ? header.getInt(at) : -1;
            if (length < 0 || at + 4 + length > bytes.length) {
                throw new IllegalStateException("not an index header: no string at byte " + at);
            }
            at += 4 + length;
        }
        return at;
    }

    private static String describe(byte[] edits) {
        StringBuilder b = new StringBuilder(edits.length / 8 + " edits:");
        for (int at = 0; at + 8 <= edits.length && at < 64; at += 8) {
            ByteBuffer edit = ByteBuffer.wrap(edits, at, 8).order(ByteOrder.LITTLE_ENDIAN);
            int kind = edit.get() & 3;
            int offset = (edit.get() & 0xff) | (edit.get() & 0xff) << 8 | (edit.get() & 0xff) << 16;
            b.append(' ').append("set-byte set-int cut insert".split(" ")[kind]).append('@').append(offset)
                    .append('=').append(edit.getInt());
        }
        return b.toString();
    }

    /** A JSON Lines input with actors (some with a country) and dates of every precision, open ends included. */
    static String events(Random random, int count) {
        String[] dates = {"2023-01-27", "2022-10", "2021", "2021/..", "2023-03-30~", "2023-02?", "1991/2021",
            "../2023-03-01", "2023-03-XX", "2023-04-07"};
        String[] actors = {"{\"id\":\"iran\",\"name\":\"Iran\",\"role\":\"initiator\"}",
            "{\"id\":\"azerbaijan\",\"name\":\"Azerbaijan\",\"role\":\"target\"}", "\"Israel\"",
            "{\"name\":\"Eli Cohen\",\"role\":\"participant\"}"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append("{\"id\":\"e").append(i).append("\",\"date\":\"").append(dates[random.nextInt(dates.length)])
                    .append("\",\"type\":\"statement\",\"title\":\"Event ").append(i).append("\",\"actors\":[")
                    .append(actors[random.nextInt(actors.length)]).append(',')
                    .append(actors[random.nextInt(actors.length)]).append("]}\n");
        }
        return b.toString();
    }
}
