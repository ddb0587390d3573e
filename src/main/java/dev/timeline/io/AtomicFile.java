package dev.timeline.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see the old content or the new, never a part: the text goes to a temporary file
 * in the same folder ({@code .NAME.<random>.tmp}), which replaces the target by an atomic rename on
 * {@link #commit()}. Closing without a commit removes the temporary file and leaves the target as it was. A
 * target that exists but is not a regular file ({@code /dev/null}, a FIFO, {@code /dev/stdout}) is written
 * straight to: renaming over it would destroy it.
 *
 * <p>Nothing is left behind: writers of one target take turns on its {@link TargetLock}, so a temporary file of
 * that target found by the lock's holder is a leftover of a killed process ({@code kill -9}) and is removed; on
 * SIGINT or SIGTERM a shutdown hook removes the temporary files still being written.
 */
public final class AtomicFile implements Closeable {

    /** How long a writer waits for another one writing the same target. */
    private static final long LOCK_WAIT_MILLIS = 30_000;

    /** Temporary files being written by this process, for the shutdown hook. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    /** Set by the shutdown hook: no temporary file is created after it (guarded by {@link #LIVE}). */
    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::removeLive, "timeline-remove-temporary-files"));
    }

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final TargetLock lock;
    private final OutputStream stream;
    private final Writer writer;
    private boolean committed;

    private AtomicFile(Path target, Path temporary, FileChannel channel, TargetLock lock) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        this.lock = lock;
        this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Opens {@code target} for writing. A symbolic link is followed, so the file it points to is replaced.
     *
     * @throws IOException when the folder does not exist or is not writable
     */
    public static AtomicFile open(Path target) throws IOException {
        Path real = target;
        if (Files.isSymbolicLink(target) && Files.exists(target)) {
            real = target.toRealPath();
        }
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            if (Files.isDirectory(real)) {
                throw new IOException("is a directory");
            }
            FileChannel direct = FileChannel.open(real, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            return new AtomicFile(real, null, direct, null);
        }
        Path folder = real.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new IOException("folder " + folder + " does not exist");
        }
        TargetLock lock = TargetLock.acquire(real, LOCK_WAIT_MILLIS);
        try {
            removeLeftovers(folder, real.getFileName().toString());
            for (int attempt = 0; ; attempt++) {
                Path temporary = folder.resolve("." + real.getFileName() + "." + Long.toHexString(
                        ThreadLocalRandom.current().nextLong()) + ".tmp");
                try {
                    return new AtomicFile(real, temporary, create(temporary), lock);
                } catch (FileAlreadyExistsException e) {
                    LIVE.remove(temporary);
                    if (attempt > 10) {
                        throw e;
                    }
                } catch (IOException | RuntimeException e) {
                    LIVE.remove(temporary);
                    throw e;
                }
            }
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Removes {@code .NAME.<hex>.tmp} files of this target. Called under its lock: no live writer owns one, so
     * they are what a killed process left.
     */
    private static void removeLeftovers(Path folder, String name) throws IOException {
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, entry -> {
            String file = entry.getFileName().toString();
            return file.startsWith(prefix) && file.endsWith(".tmp")
                    && file.substring(prefix.length(), file.length() - 4).matches("[0-9a-f]{1,16}");
        })) {
            for (Path leftover : found) {
                if (!LIVE.contains(leftover)) {
                    Files.deleteIfExists(leftover);
                }
            }
        }
    }

    /**
     * Creates {@code temporary}, registered for the shutdown hook first. Under the hook's monitor, and refused once
     * the hook has run: the JVM keeps running this thread while the hooks run, so without it a file created just
     * after the hook's sweep would be left behind.
     */
    private static FileChannel create(Path temporary) throws IOException {
        synchronized (LIVE) {
            if (stopping) {
                throw new IOException("timeline is stopping");
            }
            LIVE.add(temporary);
            return FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    /** The shutdown hook: a process stopped by SIGINT or SIGTERM leaves no temporary file ({@link TargetLock} removes its lock files). */
    private static void removeLive() {
        synchronized (LIVE) {
            stopping = true;
        }
        for (Path temporary : LIVE) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // nothing more can be done while the JVM stops; the next write of the target removes it
            }
        }
    }

    /** Where the text goes; UTF-8. */
    public Writer writer() {
        return writer;
    }

    /** Where bytes go (a binary format); use it or {@link #writer()}, not both. */
    public OutputStream stream() {
        return stream;
    }

    /** Makes the written text the target's content: flushes, syncs to disk and renames over the target. */
    public void commit() throws IOException {
        writer.flush();
        stream.flush();
        if (temporary != null) {
            channel.force(true);
            channel.close();
            copyPermissions();
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LIVE.remove(temporary);
        }
        committed = true;
    }

    /** Keeps an existing target's permissions: replacing a file should not change who may read it. */
    private void copyPermissions() throws IOException {
        if (Files.exists(target)) {
            PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            PosixFileAttributeView to = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
            if (from != null && to != null) {
                Set<PosixFilePermission> permissions = from.readAttributes().permissions();
                to.setPermissions(permissions);
            }
        }
    }

    /** Without a prior {@link #commit()}, discards what was written and leaves the target untouched. */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            try {
                if (!committed && temporary != null) {
                    Files.deleteIfExists(temporary);
                }
            } finally {
                if (temporary != null) {
                    LIVE.remove(temporary);
                }
                if (lock != null) {
                    lock.close();
                }
            }
        }
    }
}
