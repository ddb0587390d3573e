package dev.timeline.store;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see the old content or the new, never a part: the text goes to a temporary file
 * in the same folder, which replaces the target by an atomic rename on {@link #commit()}. Closing without a
 * commit removes the temporary file and leaves the target as it was. A target that exists but is not a regular
 * file ({@code /dev/null}, a FIFO, {@code /dev/stdout}) is written straight to: renaming over it would destroy it.
 */
public final class AtomicFile implements Closeable {

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final Writer writer;
    private boolean committed;

    private AtomicFile(Path target, Path temporary, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        this.writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                StandardCharsets.UTF_8), 1 << 16);
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
            return new AtomicFile(real, null, direct);
        }
        Path folder = real.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new IOException("folder " + folder + " does not exist");
        }
        for (int attempt = 0; ; attempt++) {
            Path temporary = folder.resolve("." + real.getFileName() + "." + Long.toHexString(
                    ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return new AtomicFile(real, temporary, channel);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** Where the text goes; UTF-8. */
    public Writer writer() {
        return writer;
    }

    /** Makes the written text the target's content: flushes, syncs to disk and renames over the target. */
    public void commit() throws IOException {
        writer.flush();
        if (temporary != null) {
            channel.force(true);
            channel.close();
            copyPermissions();
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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
            if (!committed && temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
