package dev.timeline.index;

import dev.timeline.io.DataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds a {@link RecordIndex} by reading a file once, in parallel: the records part of the file is cut into one
 * chunk per thread at line ends, and each thread reads its chunk through its own buffer (plain reads, not a
 * memory map, so the file's pages do not count against the process's memory) and indexes every record in it.
 *
 * <p>For CSV, a line end inside a quoted field is not a record end, and a thread starting mid-file cannot know
 * whether it starts inside quotes. It assumes it does not; the thread before it, which knows, checks that its
 * last record ends exactly where the next chunk starts. When it does not (a quoted line break straddles the
 * cut), the later chunks are discarded and the earlier thread reads on to the end: slower, never wrong.
 */
final class ChunkScanner {

    /** How many scans ran in this JVM: tests check that a cached index is used instead of reading again. */
    static final AtomicInteger SCANS = new AtomicInteger();

    private ChunkScanner() {
    }

    /**
     * Indexes the records {@code request} describes, from its data start to the end of the channel.
     *
     * @throws DataException at the first bad record (file:line:column: reason), unless the request skips bad ones
     */
    public static RecordIndex scan(ScanRequest request) throws IOException {
        SCANS.incrementAndGet();
        FileChannel channel = request.channel();
        long dataStart = request.dataStart();
        int threads = request.threads();
        long size = channel.size(); // the stamp's may be a compressed file's
        List<Long> starts = new ArrayList<>(List.of(dataStart));
        long chunk = (size - dataStart) / Math.max(1, threads);
        if (chunk >= request.minChunkBytes()) {
            for (int i = 1; i < threads; i++) {
                long start = nextLineStart(channel, dataStart + i * chunk);
                if (start > starts.get(starts.size() - 1) && start < size) {
                    starts.add(start);
                }
            }
        }
        List<ChunkPart> parts = new ArrayList<>();
        if (starts.size() == 1) {
            parts.add(new ChunkPart(request, dataStart, Long.MAX_VALUE).call());
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(starts.size(), r -> {
                Thread t = new Thread(r, "timeline-index");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<ChunkPart>> futures = new ArrayList<>();
                for (int i = 0; i < starts.size(); i++) {
                    long limit = i + 1 < starts.size() ? starts.get(i + 1) : Long.MAX_VALUE;
                    futures.add(pool.submit(new ChunkPart(request, starts.get(i), limit)));
                }
                for (Future<ChunkPart> future : futures) {
                    parts.add(future.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while indexing", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return ChunkMerge.merge(request, parts);
    }

    /** The offset just after the first line end at or after {@code at}, or the file size. */
    private static long nextLineStart(FileChannel channel, long at) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long position = at;
        while (true) {
            buffer.clear();
            int n = channel.read(buffer, position);
            if (n <= 0) {
                return channel.size();
            }
            for (int i = 0; i < n; i++) {
                if (buffer.get(i) == '\n') {
                    return position + i + 1;
                }
            }
            position += n;
        }
    }
}
