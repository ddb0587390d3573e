package dev.timeline.input;

import dev.timeline.index.BadRow;
import dev.timeline.index.FileStamp;
import dev.timeline.index.IndexCache;
import dev.timeline.index.RecordIndex;
import dev.timeline.index.Spool;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Loads a big file's cached index on another thread while the command line is still being parsed (picocli
 * builds its model by reflection, tens of milliseconds on a cold JVM): a repeated query then finds its index
 * ready. It only ever reads; {@link Inputs} uses what it loaded only when the file's real path, format and
 * stamp are the ones it finds itself, so a wrong guess costs nothing but the work.
 */
public final class IndexPrefetch {

    private record Loaded(Path real, String key, FileStamp stamp, RecordIndex index) {
    }

    private final Thread thread;
    private volatile Loaded loaded;

    private IndexPrefetch(Path path, Map<String, String> env) {
        thread = new Thread(() -> load(path, env), "timeline-prefetch");
        thread.setDaemon(true);
    }

    /** Starts loading the cached index of {@code path}, as the cache of {@code env} holds it. */
    public static IndexPrefetch start(Path path, Map<String, String> env) {
        IndexPrefetch prefetch = new IndexPrefetch(path, env);
        prefetch.thread.start();
        return prefetch;
    }

    private void load(Path path, Map<String, String> env) {
        if (!Files.isRegularFile(path)) {
            return; // a pipe or standard input is read once, by the command, and has no cached index
        }
        try (FileChannel channel = FileChannel.open(path)) {
            if (Spool.Packing.of(channel) != Spool.Packing.NONE) {
                return; // the command unpacks it; its index is then loaded there
            }
            InputFormat.Layout layout = InputFormat.detect(channel, path.toString());
            IndexCache cache = IndexCache.in(env);
            if (layout.rows() == null || layout.format().opening() != InputFormat.Opening.BIG || cache == null) {
                return;
            }
            Path real = path.toRealPath();
            String key = Inputs.key(layout);
            FileStamp stamp = FileStamp.of(path, channel);
            RecordIndex index = cache.load(real, key, stamp);
            if (index != null) {
                loaded = new Loaded(real, key, stamp, index);
                warm(channel, layout, index);
            }
        } catch (IOException | RuntimeException e) {
            // a guess that failed: the command reads the file itself and reports what is wrong
        }
    }

    /**
     * Parses the first record, so that the parser's classes are loaded and initialised before the query needs
     * them. (Parsing it a few hundred times, to have it compiled too, gained nothing measurable: on two cores it
     * slows picocli down as much.)
     */
    private static void warm(FileChannel channel, InputFormat.Layout layout, RecordIndex index) throws IOException {
        if (index.size() == 0) {
            return;
        }
        int length = index.length().get(0);
        ByteBuffer record = ByteBuffer.allocate(length);
        while (record.hasRemaining() && channel.read(record, index.offset().get(0) + record.position()) > 0) {
            // read the whole record
        }
        try {
            layout.rows().parse(record.array(), 0, record.position());
        } catch (BadRow e) {
            // reported when the query reads it
        }
    }

    /** The index loaded for exactly this file version and format, or null. */
    RecordIndex take(Path real, String key, FileStamp stamp) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        Loaded result = loaded;
        loaded = null;
        return result != null && result.real().equals(real) && result.key().equals(key)
                && result.stamp().equals(stamp) ? result.index() : null;
    }
}
