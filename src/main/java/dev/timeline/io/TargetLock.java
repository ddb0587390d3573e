package dev.timeline.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The lock that writers of one file take turns on: {@code .NAME.lock} beside it, held with an OS file lock (so a
 * {@code kill -9} releases it) and deleted on release, so that nothing is left beside the file. Deleting a lock
 * file others may be waiting on is safe here because a holder proves the path still names the file it locked:
 * it writes a random token through its channel and reads it back through the path; a waiter that locked a file
 * already deleted (or replaced) sees another content and tries again.
 *
 * <p>Reentrant within a thread: {@code add} holds the dataset's lock while {@link AtomicFile} takes it again.
 */
public final class TargetLock implements Closeable {

    /** Locks this process holds, by lock path: an OS file lock cannot be taken twice by one JVM. */
    private static final Map<Path, TargetLock> HELD = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TargetLock::removeHeldFiles, "timeline-remove-lock-files"));
    }

    private final Path path;
    private final FileChannel channel;
    private final FileChannel check;
    private final FileLock lock;
    private final Thread owner = Thread.currentThread();
    private int holds = 1;

    private TargetLock(Path path, FileChannel channel, FileChannel check, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.check = check;
        this.lock = lock;
    }

    /** Where the lock of {@code target} lives: {@code .NAME.lock} in the same folder. */
    public static Path pathFor(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code target}, waiting up to {@code waitMillis} for another writer.
     *
     * @throws DataException when the lock file cannot be created (saying why) or another writer holds it too long
     */
    public static TargetLock acquire(Path target, long waitMillis) {
        Path path = pathFor(target);
        long deadline = System.currentTimeMillis() + waitMillis;
        while (true) {
            synchronized (HELD) {
                TargetLock held = HELD.get(path);
                if (held != null && held.owner == Thread.currentThread()) {
                    held.holds++;
                    return held;
                }
                if (held == null) {
                    TargetLock taken = tryTake(path, target);
                    if (taken != null) {
                        HELD.put(path, taken);
                        return taken;
                    }
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new DataException(target.toString(), "another timeline process has been writing it for over "
                        + waitMillis / 1000 + " s (it holds " + path.getFileName() + "); try again when it has "
                        + "finished");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DataException(target.toString(), "interrupted while waiting for its lock");
            }
        }
    }

    /** The lock when it is free and still the file at {@code path}; null to try again. */
    private static TargetLock tryTake(Path path, Path target) {
        FileChannel channel;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new DataException(target.toString(), "cannot create its lock file " + path.getFileName() + " in "
                    + path.getParent() + ": " + why(e));
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            byte[] token = Long.toHexString(ThreadLocalRandom.current().nextLong() ^ System.nanoTime())
                    .getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token), 0);
            // read back through the path on a second channel, kept open while the lock is held: closing any
            // descriptor of the file would drop this process's lock on it (POSIX record locks are per process)
            FileChannel check;
            try {
                check = FileChannel.open(path, StandardOpenOption.READ);
            } catch (NoSuchFileException e) {
                channel.close();
                return null;
            }
            ByteBuffer seen = ByteBuffer.allocate(token.length + 1);
            while (seen.hasRemaining() && check.read(seen) > 0) {
                // the token is a few bytes
            }
            if (seen.position() != token.length || !Arrays.equals(seen.array(), 0, token.length, token, 0,
                    token.length)) {
                closeQuietly(check);
                channel.close(); // releases the lock of a file its last holder deleted
                return null;
            }
            return new TargetLock(path, channel, check, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DataException(target.toString(), "cannot lock " + path.getFileName() + ": " + why(e));
        }
    }

    private static String why(IOException e) {
        return e instanceof NoSuchFileException ? "the folder does not exist" : DataException.why(e);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the channel
        }
    }

    /**
     * The shutdown hook (SIGINT, SIGTERM): removes the lock files this process holds. Their locks go with the
     * process; a waiter that locked one sees it gone and takes a new one.
     */
    private static void removeHeldFiles() {
        for (Path path : HELD.keySet()) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // an empty lock file left behind is harmless: the next writer takes it
            }
        }
    }

    /** Releases one hold; the last removes the lock file and lets the next writer in. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (--holds > 0) {
                return;
            }
            HELD.remove(path);
            try {
                Files.deleteIfExists(path); // while still locked: a waiter then sees the path gone and retries
            } catch (IOException e) {
                // an empty lock file left behind is harmless: the next writer takes it
            }
            try {
                lock.release();
            } catch (IOException e) {
                // closing the channel releases it too
            }
            closeQuietly(channel);
            closeQuietly(check);
        }
    }
}
