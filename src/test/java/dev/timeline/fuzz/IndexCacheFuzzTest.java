package dev.timeline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

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
 * 4-7 the value (or the count to cut or insert). Seeds: {@code IndexCacheFuzzTestInputs/cache/}.
 */
class IndexCacheFuzzTest {

    private static final Path DIR = Harness.folder("cache");
    private static final Path CACHE_HOME = DIR.resolve("cache-home");
    private static final Path DATA = DIR.resolve("events.jsonl");
    private static final List<String> EXPECTED;
    private static final byte[] PRISTINE;
    private static final Path CACHE_FILE;

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

    /** Where the header's format key ("JSONL:0") ends, so that seeds name fields whatever the path's length. */
    private static int anchor(byte[] bytes) {
        byte[] key = "JSONL:".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 4; i + key.length <= bytes.length; i++) {
            for (int j = 0; j < key.length; j++) {
                if (bytes[i + j] != key[j]) {
                    continue outer;
                }
            }
            int length = ByteBuffer.wrap(bytes, i - 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            return length > 0 && i + length <= bytes.length ? i + length : i;
        }
        return 0;
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
