package dev.timeline.index;

import dev.timeline.io.Problem;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.zip.CRC32C;

/**
 * Keeps {@link RecordIndex}es on disk between runs, one file per input under {@code $XDG_CACHE_HOME/timeline}
 * (else {@code ~/.cache/timeline}), named by a hash of the input's real path.
 *
 * <p>File layout (little-endian, so that columns copy straight into arrays; the file is mapped, not read): magic
 * {@code TLIX}, format version, the input's real path, format and {@link FileStamp}, the counts, the actor
 * dictionary, the problems, the columns (first and last day, offset, length, line, id hash, the unknown bits;
 * then the start order: records by first day, their first days, their last days, the reach; then the actor slices
 * and numbers, in start order), and last a CRC-32C of all that precedes it. An index is used only when magic, version, path, format and
 * stamp match and the checksum holds (the CRC of 44 MB costs 2 to 4 ms); a truncated or corrupt file fails the
 * checksum and is rebuilt, never trusted; every count is checked against the bytes it must fit in before anything
 * is allocated. One that passes all that but is not what a writer writes (a writer bug, a format change,
 * tampering) fails {@link IndexCheck} and is rebuilt too: its columns are checked the first time a query asks for
 * them (see {@link RecordIndex}), so that the prefetch can hand the index over first; a failed check throws
 * {@link IndexedSource.IndexFault} there, and the query runs again on a rebuilt index. It is written to a
 * temporary file in the same folder and renamed over the old one, so two processes indexing at once each write a
 * whole file and the last rename wins; readers see one whole index or the other.
 */
final class IndexCache {

    static final int MAGIC = 0x544c4958; // "TLIX"
    /**
     * 5: the stamp keys ctime, inode, device (issue 11); 6: the start order's last days (issue 17); 7: the actor
     * columns in start order, after it (issue 17).
     */
    static final int VERSION = 7;

    /** The bytes a record takes in the file: ten int columns (with the start order's four) and one long. */
    private static final int RECORD_BYTES = 10 * 4 + 8;
    /** The fewest an actor takes: three string lengths and a kind. */
    private static final int ACTOR_BYTES = 3 * 4 + 1;
    /** The fewest a problem takes: two string lengths, line and column. */
    private static final int PROBLEM_BYTES = 4 * 4;

    private final Path folder;

    private IndexCache(Path folder) {
        this.folder = folder;
    }

    /** The cache folder the environment names: XDG_CACHE_HOME/timeline, else HOME/.cache/timeline; or null. */
    public static IndexCache in(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return new IndexCache(Path.of(xdg, "timeline"));
        }
        String home = env.get("HOME");
        if (home != null && !home.isBlank()) {
            return new IndexCache(Path.of(home, ".cache", "timeline"));
        }
        return null;
    }

    static IndexCache at(Path folder) {
        return new IndexCache(folder);
    }

    /** Where the index of the file at real path {@code input} lives: the first 16 bytes of its SHA-256, in hex. */
    Path fileFor(Path input) {
        byte[] digest = sha256(input.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder name = new StringBuilder(37);
        for (int i = 0; i < 16; i++) {
            name.append(Character.forDigit(digest[i] >> 4 & 15, 16)).append(Character.forDigit(digest[i] & 15, 16));
        }
        return folder.resolve(name.append(".tlix").toString());
    }

    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

    /**
     * The SHA-256 of {@code message} (FIPS 180-4), here rather than from {@link java.security.MessageDigest}:
     * a cached query names its index file first thing, and the JCA's providers cost a cold JVM 10 to 15 ms to
     * set up (measured on the prefetch thread), against a few microseconds for a path's one or two blocks.
     */
    static byte[] sha256(byte[] message) {
        int blocks = (message.length + 9 + 63) / 64;
        byte[] padded = Arrays.copyOf(message, blocks * 64);
        padded[message.length] = (byte) 0x80;
        long bits = message.length * 8L;
        for (int i = 0; i < 8; i++) {
            padded[padded.length - 1 - i] = (byte) (bits >>> (8 * i));
        }
        int[] h = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
            0x5be0cd19};
        int[] w = new int[64];
        for (int block = 0; block < blocks; block++) {
            for (int t = 0; t < 16; t++) {
                int at = block * 64 + t * 4;
                w[t] = (padded[at] & 0xff) << 24 | (padded[at + 1] & 0xff) << 16 | (padded[at + 2] & 0xff) << 8
                        | padded[at + 3] & 0xff;
            }
            for (int t = 16; t < 64; t++) {
                int s0 = Integer.rotateRight(w[t - 15], 7) ^ Integer.rotateRight(w[t - 15], 18) ^ w[t - 15] >>> 3;
                int s1 = Integer.rotateRight(w[t - 2], 17) ^ Integer.rotateRight(w[t - 2], 19) ^ w[t - 2] >>> 10;
                w[t] = w[t - 16] + s0 + w[t - 7] + s1;
            }
            int a = h[0];
            int b = h[1];
            int c = h[2];
            int d = h[3];
            int e = h[4];
            int f = h[5];
            int g = h[6];
            int hh = h[7];
            for (int t = 0; t < 64; t++) {
                int t1 = hh + (Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25))
                        + (e & f ^ ~e & g) + K[t] + w[t];
                int t2 = (Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22))
                        + (a & b ^ a & c ^ b & c);
                hh = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + t2;
            }
            h[0] += a;
            h[1] += b;
            h[2] += c;
            h[3] += d;
            h[4] += e;
            h[5] += f;
            h[6] += g;
            h[7] += hh;
        }
        byte[] digest = new byte[32];
        for (int i = 0; i < 32; i++) {
            digest[i] = (byte) (h[i / 4] >>> (24 - 8 * (i % 4)));
        }
        return digest;
    }

    /** The stored index of {@code input} as it is now ({@code stamp}, read as {@code format}), or null. */
    public RecordIndex load(Path input, String format, FileStamp stamp) {
        return load(input, format, stamp.size(), new Predicate<FileStamp>() {
            @Override
            public boolean test(FileStamp stored) { // a class, not a lambda: no linking in every cached query
                return stamp.equals(stored);
            }
        });
    }

    /**
     * The stored index of {@code input} read as {@code format} whose stamp {@code current} accepts, or null.
     * {@code contentSize} is the size of what the index points into (a compressed file's unpacked size).
     */
    public RecordIndex load(Path input, String format, long contentSize, Predicate<FileStamp> current) {
        Path file = fileFor(input);
        // mapped, not read: the columns stay here, read where a query reads them
        ByteBuffer in;
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size < 16 || size > Integer.MAX_VALUE) {
                return null;
            }
            in = channel.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.LITTLE_ENDIAN);
        } catch (IOException e) {
            return null; // missing or unreadable: rebuild
        }
        try {
            int total = in.capacity();
            CRC32C crc = new CRC32C();
            crc.update(in.duplicate().limit(total - 8));
            if (in.getLong(total - 8) != crc.getValue()) {
                return null;
            }
            if (in.getInt() != MAGIC || in.getInt() != VERSION || !string(in).equals(input.toString())
                    || !string(in).equals(format)) {
                return null;
            }
            FileStamp stored = new FileStamp(in.getLong(), in.getLong(), in.getLong(), in.getLong(), in.getLong(),
                    in.get() != 0, in.getLong());
            if (!current.test(stored)) {
                return null;
            }
            int count = in.getInt();
            int actorIdCount = in.getInt();
            int actorCount = in.getInt();
            int problemCount = in.getInt();
            int problemsListed = in.getInt();
            // every count is checked against the bytes it must fit in before anything is allocated for it
            long rest = total - 8L - in.position();
            if (count < 0 || actorIdCount < 0 || actorCount < 0 || problemsListed < 0
                    || problemsListed != Math.min(problemCount, RecordIndex.PROBLEMS_LISTED)
                    || count > contentSize || (long) count * RECORD_BYTES + 8 + actorIdCount * 4L
                    + actorCount * (long) ACTOR_BYTES + problemsListed * PROBLEM_BYTES > rest) {
                return null;
            }
            // the dictionary and problems (and the unknown bits, if any) copied at once and read from the copy:
            // read value by value from the mapping, a cold JVM took 8 to 30 ms over 2,500 actors
            Head head = new Head(in, (int) (rest - ((long) count * RECORD_BYTES + 8 + actorIdCount * 4L)));
            List<Actor> actors = new ArrayList<>(actorCount);
            ActorKind[] kinds = ActorKind.values();
            for (int i = 0; i < actorCount; i++) {
                String id = head.string();
                String name = head.string();
                ActorKind kind = kinds[head.get()];
                String country = head.string();
                actors.add(new Actor(id, name, kind, country.isEmpty() ? null : country, null, null, null));
            }
            List<Problem> problems = new ArrayList<>();
            for (int i = 0; i < problemsListed; i++) {
                problems.add(new Problem(head.string(), head.getInt(), head.getInt(), head.string()));
            }
            in.position(in.position() + head.at);
            IntBuffer start = view(in, count);
            IntBuffer end = view(in, count);
            LongBuffer offset = in.asLongBuffer().limit(count);
            in.position(in.position() + count * 8);
            IntBuffer length = view(in, count);
            IntBuffer line = view(in, count);
            IntBuffer idHash = view(in, count);
            int unknownLength = in.getInt();
            if (unknownLength != 0 && unknownLength != (count + 63) >>> 6 || unknownLength * 8L > in.remaining()) {
                return null;
            }
            long[] unknown = null;
            if (unknownLength > 0) {
                unknown = new long[unknownLength];
                in.asLongBuffer().get(unknown);
                in.position(in.position() + unknownLength * 8);
            }
            IntBuffer records = view(in, count);
            IntBuffer starts = view(in, count);
            IntBuffer ends = view(in, count);
            RecordIndex.StartOrder byStart = new RecordIndex.StartOrder(records, starts, ends, view(in, count));
            IntBuffer actorFrom = view(in, count + 1); // in start order
            IntBuffer actorIds = view(in, actorIdCount);
            if (in.position() != total - 8 || problemCount < problemsListed) {
                return null;
            }
            // the columns are checked (IndexCheck) when first asked for: by the prefetch thread, while the command
            // line is parsed, or by the query itself; until then no column of this index is read
            return RecordIndex.cached(stored, count, start, end, offset, length, line, idHash, actorFrom,
                    actorIds, actors, unknown, problemCount, problems, byStart, contentSize);
        } catch (RuntimeException e) {
            return null; // a checksum collision on garbage: still never trusted
        }
    }

    /**
     * Stores {@code index} for {@code input}, atomically. Failing to write a cache is not the user's problem: it
     * returns false and the next run indexes again.
     */
    public boolean store(Path input, String format, RecordIndex index) {
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            Path target = fileFor(input);
            temporary = folder.resolve("." + target.getFileName() + "." + Long.toHexString(
                    ThreadLocalRandom.current().nextLong()) + ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                IndexFileWriter.write(channel, input, format, index);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // a stray temporary file in a cache folder is harmless
                }
            }
        }
    }

    /** Forgets the index of {@code input} (after it was found stale). */
    public void forget(Path input) {
        try {
            Files.deleteIfExists(fileFor(input));
        } catch (IOException e) {
            // the stamp check will refuse it anyway
        }
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalStateException("damaged index: a string longer than the file");
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The bytes after the counts, copied out of the mapping (one bulk copy), read in order. */
    private static final class Head {
        private final byte[] bytes;
        int at;

        Head(ByteBuffer in, int size) {
            bytes = new byte[size];
            in.get(in.position(), bytes);
        }

        byte get() {
            return bytes[at++];
        }

        int getInt() {
            int value = bytes[at] & 0xff | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16
                    | bytes[at + 3] << 24;
            at += 4;
            return value;
        }

        String string() {
            int length = getInt();
            if (length < 0 || length > bytes.length - at) {
                throw new IllegalStateException("damaged index: a string longer than the file");
            }
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }
    }

    /** The next {@code count} ints of {@code in}, left where they are. */
    private static IntBuffer view(ByteBuffer in, int count) {
        IntBuffer view = in.asIntBuffer().limit(count);
        in.position(in.position() + count * 4);
        return view;
    }
}
