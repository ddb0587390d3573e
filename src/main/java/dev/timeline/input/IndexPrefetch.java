package dev.timeline.input;

import dev.timeline.index.BigSource;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * Loads a big file's cached index on another thread while the command line is still being parsed (picocli
 * builds its model by reflection, tens of milliseconds on a cold JVM): a repeated query then finds its index
 * ready. It only ever reads; {@link Inputs} uses what it loaded only when the file's real path, format and
 * stamp are the ones it finds itself, so a wrong guess costs nothing but the work.
 *
 * <p>The index is handed over as soon as it is loaded (its checksum, header and dictionary checked); the thread
 * then parses the first record, to load the parser's classes while the command compiles its query. Reading that
 * record first runs the check of the index's columns the load leaves to their first use (see
 * {@code index.RecordIndex}), so that too happens here, while picocli parses, and a command that needs the
 * columns sooner waits for it or runs it itself. (Handed over after the parse, the command waited for it: about 20
 * ms of a 1M-event cached query, measured; handed over after the columns' check, 40 ms.)
 */
public final class IndexPrefetch implements Supplier<BigSource.Cached> {

    private final Thread thread;
    /** Counted down once the index is loaded, or found not to be there. */
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile BigSource.Cached loaded;

    private IndexPrefetch(Path path, Map<String, String> env) {
        thread = new Thread(new Runnable() { // a class, not a lambda: no linking in every run
            @Override
            public void run() {
                try {
                    load(path, env);
                } finally {
                    ready.countDown();
                }
            }
        }, "timeline-prefetch");
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
            if (BigSource.packed(channel)) {
                return; // the command unpacks it; its index is then loaded there
            }
            InputFormat.Layout layout = InputFormat.detect(channel, path.toString());
            if (layout.rows() == null || layout.format().opening() != InputFormat.Opening.BIG) {
                return;
            }
            BigSource.Layout big = Inputs.big(layout);
            BigSource.Cached cached = BigSource.loadCached(path, channel, big, env);
            if (cached == null) {
                return;
            }
            loaded = cached;
            ready.countDown();
            BigSource.warm(channel, big, cached);
        } catch (IOException | RuntimeException e) {
            // a guess that failed: the command reads the file itself and reports what is wrong
        }
    }

    /** The index loaded, once loading is over, or null; {@link BigSource} checks it is for the file it opens. */
    @Override
    public BigSource.Cached get() {
        try {
            ready.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        BigSource.Cached result = loaded;
        loaded = null;
        return result;
    }
}
