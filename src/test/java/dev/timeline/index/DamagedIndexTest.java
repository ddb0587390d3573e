package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.input.Inputs;
import dev.timeline.io.Progress;
import dev.timeline.model.Event;
import dev.timeline.query.Query;
import dev.timeline.tools.GenerateEvents;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.StreamSupport;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, point 7: a cached index that passes its checksum but whose counts, offsets, lengths or other fields
 * are damaged (the checksum recomputed after the damage, as a writer bug or tampering would leave it) is thrown
 * away and rebuilt: the answer is the right one, and nothing escapes (no OutOfMemoryError, no
 * ArrayIndexOutOfBoundsException, no blame on the data file). Seeded; the seed is printed.
 */
class DamagedIndexTest {

    private static final int CASES = 400;

    @TempDir
    Path dir;

    Path file;
    Path cacheFolder;
    List<Event> expected;

    @BeforeEach
    void index() throws IOException {
        file = dir.resolve("events.jsonl");
        GenerateEvents.write(file, 300, 11, false);
        cacheFolder = dir.resolve("cache");
        expected = events(Inputs.openBig(file, options()));
        assertThat(cacheFile()).exists();
    }

    /** Where each field of the index file is: offset and width (1, 4 or 8 bytes), with what it is. */
    record Field(int at, int width, String what) {
    }

    /** Walks the layout IndexCache writes, listing every count, length, offset and column entry. */
    static List<Field> fields(ByteBuffer in) {
        List<Field> fields = new ArrayList<>();
        in.position(8);
        string(in, fields, "path");
        string(in, fields, "format");
        in.position(in.position() + 5 * 8 + 1 + 8); // the stamp
        int count = in.getInt(in.position());
        int actorIds = in.getInt(in.position() + 4);
        int actors = in.getInt(in.position() + 8);
        int listed = in.getInt(in.position() + 16);
        for (String what : List.of("count", "actorIdCount", "actorCount", "problemCount", "problemsListed")) {
            fields.add(new Field(in.position(), 4, what));
            in.getInt();
        }
        for (int a = 0; a < actors; a++) {
            string(in, fields, "actor id");
            string(in, fields, "actor name");
            fields.add(new Field(in.position(), 1, "actor kind"));
            in.get();
            string(in, fields, "actor country");
        }
        for (int p = 0; p < listed; p++) {
            string(in, fields, "problem file");
            fields.add(new Field(in.position(), 4, "problem line"));
            fields.add(new Field(in.position() + 4, 4, "problem column"));
            in.position(in.position() + 8);
            string(in, fields, "problem message");
        }
        column(in, fields, "start", count, 4);
        column(in, fields, "end", count, 4);
        column(in, fields, "offset", count, 8);
        column(in, fields, "length", count, 4);
        column(in, fields, "line", count, 4);
        column(in, fields, "idHash", count, 4);
        int unknown = in.getInt(in.position());
        fields.add(new Field(in.position(), 4, "unknownLength"));
        in.position(in.position() + 4);
        column(in, fields, "unknown", unknown, 8);
        column(in, fields, "byStart.record", count, 4);
        column(in, fields, "byStart.start", count, 4);
        column(in, fields, "byStart.end", count, 4);
        column(in, fields, "byStart.reach", count, 4);
        column(in, fields, "actorFrom", count + 1, 4); // in start order
        column(in, fields, "actorIds", actorIds, 4);
        assertThat(in.position()).as("the layout walked is the one written").isEqualTo(in.capacity() - 8);
        return fields;
    }

    private static void string(ByteBuffer in, List<Field> fields, String what) {
        fields.add(new Field(in.position(), 4, what + " length"));
        in.position(in.position() + 4 + in.getInt(in.position()));
    }

    private static void column(ByteBuffer in, List<Field> fields, String what, int count, int width) {
        for (int i = 0; i < count; i++) {
            fields.add(new Field(in.position() + i * width, width, what + "[" + i + "]"));
        }
        in.position(in.position() + count * width);
    }

    @Test
    void aDamagedIndexWithARecomputedChecksumIsRebuiltWithTheRightAnswer() throws IOException {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("DamagedIndexTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        byte[] good = Files.readAllBytes(cacheFile());
        List<Field> fields = fields(ByteBuffer.wrap(good).order(ByteOrder.LITTLE_ENDIAN));
        for (int c = 0; c < CASES; c++) {
            ByteBuffer damaged = ByteBuffer.wrap(good.clone()).order(ByteOrder.LITTLE_ENDIAN);
            // the header counts are the riskiest; every other field is as likely as the next
            Field field = random.nextInt(4) == 0 ? fields.get(2 + random.nextInt(5))
                    : fields.get(random.nextInt(fields.size()));
            String change = damage(damaged, field, random);
            CRC32C crc = new CRC32C();
            crc.update(damaged.array(), 0, good.length - 8);
            damaged.putLong(good.length - 8, crc.getValue());
            Files.write(cacheFile(), damaged.array());
            String label = "case " + c + ": " + field.what() + " " + change + " (seed " + seed + ")";
            List<Event> got;
            try (BigSource source = Inputs.openBig(file, options())) {
                got = events(source);
            } catch (RuntimeException | Error e) {
                throw new AssertionError(label + " threw " + e, e);
            }
            assertThat(got).as(label).isEqualTo(expected);
            // the cache holds a good index again, or the damage changed nothing it is read for
            int before = ChunkScanner.SCANS.get();
            try (BigSource again = Inputs.openBig(file, options())) {
                assertThat(events(again)).as(label + ", read again").isEqualTo(expected);
            }
            assertThat(ChunkScanner.SCANS.get() - before).as(label + ", read again").isZero();
        }
    }

    /** Puts a damaging value into {@code field}; says what. */
    static String damage(ByteBuffer b, Field field, Random random) {
        switch (field.width()) {
            case 1 -> {
                byte value = (byte) random.nextInt(256);
                b.put(field.at(), value);
                return "= " + value;
            }
            case 4 -> {
                int old = b.getInt(field.at());
                int[] choices = {0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, old + 1, old - 1, old * 2,
                    old + random.nextInt(1000) - 500, random.nextInt(), 1 << 30, -old};
                int value = choices[random.nextInt(choices.length)];
                if (value == old) {
                    value = old + 1;
                }
                b.putInt(field.at(), value);
                return old + " -> " + value;
            }
            default -> {
                long old = b.getLong(field.at());
                long[] choices = {0, -1, Long.MAX_VALUE, Long.MIN_VALUE, old + 1, old - 1, old + random.nextInt(
                    100_000), 1L << 40};
                long value = choices[random.nextInt(choices.length)];
                if (value == old) {
                    value = old + 1;
                }
                b.putLong(field.at(), value);
                return old + " -> " + value;
            }
        }
    }

    private static List<Event> events(BigSource source) {
        List<Event> all = new ArrayList<>(StreamSupport.stream(source.query(Query.builder().build()).spliterator(),
                false).toList());
        List<Event> inOrder = new ArrayList<>();
        source.forEach(inOrder::add);
        assertThat(inOrder).containsExactlyInAnyOrderElementsOf(all);
        return all;
    }

    private Path cacheFile() {
        try {
            return IndexCache.at(cacheFolder.resolve("timeline")).fileFor(file.toRealPath());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Inputs.Options options() {
        return new Inputs.Options(false, true, Map.of("XDG_CACHE_HOME", cacheFolder.toString()), Progress.NONE,
                w -> { });
    }
}
