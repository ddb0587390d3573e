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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.zip.CRC32C;

/**
 * Keeps {@link RecordIndex}es on disk between runs, one file per input under {@code $XDG_CACHE_HOME/timeline}
 * (else {@code ~/.cache/timeline}), named by a hash of the input's real path.
 *
 * <p>File layout (little-endian, so that columns copy straight into arrays; the file is mapped, not read): magic {@code TLIX}, format version, the input's real path, format and
 * {@link FileStamp}, the counts, the actor dictionary, the problems, the columns, and last a CRC-32C of all that
 * precedes it. An index is used only when magic, version, path, format and stamp match and the checksum holds; a
 * truncated or corrupt file fails the checksum and is rebuilt, never trusted; one that passes it but is not
 * what a writer writes (a writer bug, a format change, tampering) fails {@link IndexCheck} and is rebuilt too:
 * every count is checked against the bytes it must fit in before anything is allocated. It is written to a temporary file
 * in the same folder and renamed over the old one, so two processes indexing at once each write a whole file
 * and the last rename wins; readers see one whole index or the other.
 */
final class IndexCache {

    static final int MAGIC = 0x544c4958; // "TLIX"
    static final int VERSION = 5; // 5: the stamp keys ctime, inode, device (issue 11)

    /** The bytes a record takes in the file: nine int columns (with the start order's three) and one long. */
    private static final int RECORD_BYTES = 9 * 4 + 8;
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

    /** Where the index of the file at real path {@code input} lives. */
    Path fileFor(Path input) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(
                    StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".tlix");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        // mapped, not read: the day columns are copied once, straight into their arrays; the others stay here
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
            List<Actor> actors = new ArrayList<>(actorCount);
            ActorKind[] kinds = ActorKind.values();
            for (int i = 0; i < actorCount; i++) {
                String id = string(in);
                String name = string(in);
                ActorKind kind = kinds[in.get()];
                String country = string(in);
                actors.add(new Actor(id, name, kind, country.isEmpty() ? null : country, null, null, null));
            }
            List<Problem> problems = new ArrayList<>();
            for (int i = 0; i < problemsListed; i++) {
                problems.add(new Problem(string(in), in.getInt(), in.getInt(), string(in)));
            }
            int[] start = ints(in, count);
            int[] end = ints(in, count);
            LongBuffer offset = in.asLongBuffer().limit(count);
            in.position(in.position() + count * 8);
            IntBuffer length = view(in, count);
            IntBuffer line = view(in, count);
            IntBuffer idHash = view(in, count);
            IntBuffer actorFrom = view(in, count + 1);
            IntBuffer actorIds = view(in, actorIdCount);
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
            RecordIndex.StartOrder byStart = new RecordIndex.StartOrder(view(in, count), view(in, count),
                    view(in, count));
            if (in.position() != total - 8) {
                return null;
            }
            RecordIndex index = new RecordIndex(stored, start, end, offset, length, line, idHash, actorFrom,
                    actorIds, actors, unknown, problemCount, problems, byStart);
            return IndexCheck.holds(index, contentSize) ? index : null;
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

    /** The next {@code count} ints of {@code in}, left where they are. */
    private static IntBuffer view(ByteBuffer in, int count) {
        IntBuffer view = in.asIntBuffer().limit(count);
        in.position(in.position() + count * 4);
        return view;
    }

    private static int[] ints(ByteBuffer in, int count) {
        int[] values = new int[count];
        in.asIntBuffer().get(values);
        in.position(in.position() + count * 4);
        return values;
    }

}
