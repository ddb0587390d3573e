package dev.timeline.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.CRC32C;

/**
 * Identifies one version of a data file cheaply: its size, modification time and a checksum of its first and
 * last 64 KiB. An index is used only while the file still has the same stamp; the checksum catches a rewrite that
 * keeps size and time (a copy with {@code cp -p}, a clock that did not move).
 *
 * @param size        bytes
 * @param modified    modification time, nanoseconds since 1970
 * @param fingerprint CRC-32C of the first and last 64 KiB
 */
record FileStamp(long size, long modified, long fingerprint) {

    private static final int EDGE = 64 * 1024;

    static FileStamp of(Path path, FileChannel channel) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        long size = channel.size();
        long modified = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, EDGE));
        read(channel, buffer, 0);
        crc.update(buffer.flip());
        if (size > EDGE) {
            buffer.clear();
            read(channel, buffer, Math.max(EDGE, size - EDGE));
            crc.update(buffer.flip());
        }
        return new FileStamp(size, modified, crc.getValue());
    }

    static FileStamp of(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            return of(path, channel);
        }
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
