package dev.timeline.index;

import dev.timeline.io.DataException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Bytes that cannot be read where they are (standard input, a pipe such as {@code <(…)}, a gzip or zip file),
 * copied once into a temporary file so that they can be sniffed, indexed and read at any offset like any data
 * file.
 *
 * <p>A file rather than memory because a stream can be bigger than the heap (a decompressed GDELT day is
 * hundreds of megabytes) and the readers want positional reads. The file is created with
 * {@link StandardOpenOption#DELETE_ON_CLOSE}, which on Linux and macOS unlinks it as soon as it is open: it has
 * no name while timeline reads it, so nothing is left behind however the process ends, {@code kill -9}
 * included; elsewhere it is deleted when the channel closes, or at exit.
 */
final class Spool {

    /** Packed content, told by its first bytes. */
    public enum Packing {
        NONE, GZIP, ZIP;

        public static Packing of(byte[] head, int length) {
            if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                return GZIP;
            }
            if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return ZIP;
            }
            return NONE;
        }

        /** How the packing of {@code channel} is. */
        public static Packing of(FileChannel channel) throws IOException {
            ByteBuffer head = ByteBuffer.allocate(4);
            while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
                // the first four bytes, or fewer in a tiny file
            }
            return of(head.array(), head.position());
        }
    }

    /** Where spools go; tests point it elsewhere. */
    static Path folder = Path.of(System.getProperty("java.io.tmpdir"));

    private Spool() {
    }

    /**
     * Copies {@code in} (unpacked when it is gzip or zip, told by content) into a nameless temporary file, open
     * for reading at offset 0. Does not close {@code in}.
     *
     * @throws DataException (naming {@code name}) when packed data is damaged or a zip holds more than one file
     */
    public static FileChannel of(InputStream in, String name) {
        // a pipe opened as a file answers available() with "Illegal seek"; a buffer asks it, the copy needs not
        InputStream unasked = new FilterInputStream(in) {
            @Override
            public int available() {
                return 0;
            }
        };
        BufferedInputStream buffered = new BufferedInputStream(unasked, 1 << 16);
        FileChannel channel = null;
        try {
            buffered.mark(4);
            byte[] head = buffered.readNBytes(4);
            buffered.reset();
            channel = create();
            switch (Packing.of(head, head.length)) {
                case GZIP -> copy(new GZIPInputStream(buffered, 1 << 16), channel);
                case ZIP -> unzip(buffered, channel, name);
                case NONE -> copy(buffered, channel);
            }
            channel.position(0);
            FileChannel done = channel;
            channel = null;
            return done;
        } catch (ZipException | EOFException e) {
            throw new DataException(name, "damaged compressed data (" + (e instanceof EOFException
                    ? "it ends too soon" : e.getMessage()) + ")");
        } catch (IOException e) {
            throw DataException.reading(name, e);
        } finally {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // already failing
                }
            }
        }
    }

    private static FileChannel create() throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("timeline-spool-" + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
        return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
    }

    private static void unzip(InputStream in, FileChannel channel, String name) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        ZipEntry entry = next(zip);
        if (entry == null) {
            throw new DataException(name, "is an empty zip archive; expected one data file in it");
        }
        copy(zip, channel);
        int files = 1;
        while (next(zip) != null) {
            files++;
        }
        if (files > 1) {
            throw new DataException(name, "is a zip archive of " + files + " files; expected one (unzip it and "
                    + "name the file to read)");
        }
    }

    /** The next entry that is a file, not a folder, or null. */
    private static ZipEntry next(ZipInputStream zip) throws IOException {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (!entry.isDirectory()) {
                return entry;
            }
        }
        return null;
    }

    private static void copy(InputStream in, FileChannel channel) throws IOException {
        byte[] bytes = new byte[1 << 16];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        for (int n = in.read(bytes); n >= 0; n = in.read(bytes)) {
            buffer.clear().limit(n);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }
}
