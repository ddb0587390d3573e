package dev.timeline.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * Identifies one version of a data file cheaply, as git keys its index: size, modification time and status-change
 * time (both to the nanosecond), inode and device, plus a checksum of its first and last 64 KiB. An index is used
 * only while the file still has the same stamp. The ctime catches an edit whose mtime was put back
 * ({@code touch -r}); inode and device catch a same-size file moved over the old one; the checksum catches a
 * rewrite on a file system that keeps none of those.
 *
 * <p>File times tick coarsely (a kernel tick, or a whole second on some file systems), so an edit made in the
 * same tick as the stamp leaves every time as it was: git's "racily clean" entry. A file changed so recently
 * that such an edit could still come ({@link #isRacy}) is stamped with a checksum of its whole content instead
 * of its edges; the stamp says which ({@link #whole}), and {@link #still} recomputes it the same way, so a file
 * nobody changes always keeps its stamp. A cached index of a racy stamp fails to match once the file settles
 * (its next stamp checks the edges), which costs one indexing more, never a stale answer.
 *
 * @param size        bytes
 * @param modified    modification time, nanoseconds since 1970
 * @param changed     status-change time (ctime), nanoseconds since 1970; 0 where the platform has none
 * @param inode       inode number; 0 where the platform has none
 * @param device      device number; 0 where the platform has none
 * @param whole       whether {@code fingerprint} covers the whole file (a racy stamp) rather than its edges
 * @param fingerprint CRC-32C of the first and last 64 KiB, or of every byte when {@code whole}
 */
record FileStamp(long size, long modified, long changed, long inode, long device, boolean whole,
        long fingerprint) {

    private static final int EDGE = 64 * 1024;
    private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
    /**
     * How recent a change is racy, in nanoseconds: a second where file times carry nanoseconds (a kernel tick is
     * a few milliseconds), else three (FAT keeps even seconds). Tests change them.
     */
    static long racyFine = TimeUnit.SECONDS.toNanos(1);
    static long racyCoarse = TimeUnit.SECONDS.toNanos(3);

    /**
     * Field by field, written out: a record's generated {@code equals} is linked at run time on its first call
     * (a few milliseconds on JDK 17), and every cached query compares stamps.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof FileStamp that && size == that.size && modified == that.modified
                && changed == that.changed && inode == that.inode && device == that.device && whole == that.whole
                && fingerprint == that.fingerprint;
    }

    @Override
    public int hashCode() {
        long h = size;
        for (long field : new long[] {modified, changed, inode, device, whole ? 1 : 0, fingerprint}) {
            h = 31 * h + field;
        }
        return Long.hashCode(h);
    }

    /** Stamps {@code path}, whose content {@code channel} reads, as it is now. */
    public static FileStamp of(Path path, FileChannel channel) throws IOException {
        return of(path, channel, null);
    }

    public static FileStamp of(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            return of(path, channel);
        }
    }

    /** A stamp for content that has no file of its own (a spool): its size and edges, nothing to key a cache. */
    public static FileStamp ofContent(FileChannel channel) throws IOException {
        long size = channel.size();
        return new FileStamp(size, 0, 0, 0, 0, false, edges(channel, size));
    }

    /** Whether {@code path} still has this stamp, computed the way this one was (edges or whole). */
    public boolean still(Path path, FileChannel channel) throws IOException {
        return equals(of(path, channel, this));
    }

    /**
     * Whether {@code stored}, the stamp of an index made while the file was fresh, still describes this file now
     * that it has settled: the same but for a checksum of the whole content, which is computed (a read of the
     * file) only then.
     */
    public boolean settledFrom(FileStamp stored, FileChannel channel) throws IOException {
        return stored.whole && !whole && size == stored.size && modified == stored.modified
                && changed == stored.changed && inode == stored.inode && device == stored.device
                && checksum(channel, 0, size) == stored.fingerprint;
    }

    private static FileStamp of(Path path, FileChannel channel, FileStamp like) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        long size = channel.size();
        long modified = nanos(attributes.lastModifiedTime());
        long changed = 0;
        long inode = 0;
        long device = 0;
        if (UNIX) {
            Map<String, Object> unix = Files.readAttributes(path, "unix:ctime,ino,dev");
            changed = nanos((FileTime) unix.get("ctime"));
            inode = ((Number) unix.get("ino")).longValue();
            device = ((Number) unix.get("dev")).longValue();
        }
        // the ctime, where there is one: nobody can set it, while touch can put an mtime anywhere
        boolean whole = like != null ? like.whole : isRacy(changed != 0 ? changed : modified,
                System.currentTimeMillis() * 1_000_000L);
        long fingerprint = whole ? checksum(channel, 0, size) : edges(channel, size);
        return new FileStamp(size, modified, changed, inode, device, whole, fingerprint);
    }

    /**
     * Whether a file last changed at {@code changed} could be changed again, stamped at {@code now}, without any
     * of its times moving (both in nanoseconds since 1970). A change in the future (a server's clock ahead) is
     * racy too.
     */
    static boolean isRacy(long changed, long now) {
        long tick = changed % 1_000_000_000L == 0 ? racyCoarse : racyFine;
        return now - changed < tick;
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }

    private static long edges(FileChannel channel, long size) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, EDGE));
        read(channel, buffer, 0);
        crc.update(buffer.flip());
        if (size > EDGE) {
            buffer.clear();
            read(channel, buffer, Math.max(EDGE, size - EDGE));
            crc.update(buffer.flip());
        }
        return crc.getValue();
    }

    private static long checksum(FileChannel channel, long from, long to) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        for (long at = from; at < to; ) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), to - at));
            int n = channel.read(buffer, at);
            if (n < 0) {
                break;
            }
            crc.update(buffer.flip());
            at += n;
        }
        return crc.getValue();
    }

    private static void read(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
        long position = at;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position);
            if (n < 0) {
                break;
            }
            position += n;
        }
    }

}
