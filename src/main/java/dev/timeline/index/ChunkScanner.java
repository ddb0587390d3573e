package dev.timeline.index;

import dev.timeline.io.DataException;
import dev.timeline.io.Problem;
import dev.timeline.model.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

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
public final class ChunkScanner {

    /** Files whose chunks would be smaller than this are read by one thread (tests lower it to split small files). */
    static volatile long minChunkBytes = 1 << 20;
    /** How many scans ran in this JVM: tests check that a cached index is used instead of reading again. */
    static final java.util.concurrent.atomic.AtomicInteger SCANS = new java.util.concurrent.atomic.AtomicInteger();

    private static final int BUFFER = 1 << 22;
    private static final int MAX_RECORD = 1 << 26;

    private final FileChannel channel;
    private final String file;
    private final RowFormat format;
    private final boolean skipBad;
    private final LongConsumer progress;
    private int actorsFrom = Integer.MIN_VALUE;
    private int actorsTo = Integer.MAX_VALUE;

    private ChunkScanner(FileChannel channel, String file, RowFormat format, boolean skipBad, LongConsumer progress) {
        this.channel = channel;
        this.file = file;
        this.format = format;
        this.skipBad = skipBad;
        this.progress = progress;
    }

    /**
     * Indexes the records of {@code channel} from {@code dataStart} (which is on line {@code firstLine}) to its
     * end.
     *
     * @param skipBad  leave bad records out (counted) instead of stopping at the first
     * @param progress told the number of bytes read as reading goes on, from any thread
     * @throws DataException at the first bad record (file:line:column: reason), unless {@code skipBad}
     */
    public static RecordIndex scan(FileChannel channel, String file, FileStamp stamp, long dataStart, int firstLine,
            RowFormat format, boolean skipBad, int threads, LongConsumer progress) throws IOException {
        return scan(channel, file, stamp, dataStart, firstLine, format, skipBad, threads, progress,
                Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * As {@link #scan(FileChannel, String, FileStamp, long, int, RowFormat, boolean, int, LongConsumer)}, telling
     * the format that actors are needed only for records touching epoch days {@code actorsFrom..actorsTo}.
     */
    public static RecordIndex scan(FileChannel channel, String file, FileStamp stamp, long dataStart, int firstLine,
            RowFormat format, boolean skipBad, int threads, LongConsumer progress, int actorsFrom, int actorsTo)
            throws IOException {
        SCANS.incrementAndGet();
        ChunkScanner scanner = new ChunkScanner(channel, file, format, skipBad, progress);
        scanner.actorsFrom = actorsFrom;
        scanner.actorsTo = actorsTo;
        long size = channel.size(); // the stamp's may be a compressed file's
        List<Long> starts = new ArrayList<>(List.of(dataStart));
        long chunk = (size - dataStart) / Math.max(1, threads);
        if (chunk >= minChunkBytes) {
            for (int i = 1; i < threads; i++) {
                long start = scanner.nextLineStart(dataStart + i * chunk);
                if (start > starts.get(starts.size() - 1) && start < size) {
                    starts.add(start);
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        if (starts.size() == 1) {
            parts.add(scanner.new Part(dataStart, Long.MAX_VALUE).call());
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(starts.size(), r -> {
                Thread t = new Thread(r, "timeline-index");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Part>> futures = new ArrayList<>();
                for (int i = 0; i < starts.size(); i++) {
                    long limit = i + 1 < starts.size() ? starts.get(i + 1) : Long.MAX_VALUE;
                    futures.add(pool.submit(scanner.new Part(starts.get(i), limit)));
                }
                for (Future<Part> future : futures) {
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
        return scanner.merge(parts, stamp, firstLine);
    }

    /** The offset just after the first line end at or after {@code at}, or the file size. */
    private long nextLineStart(long at) throws IOException {
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

    private RecordIndex merge(List<Part> parts, FileStamp stamp, int firstLine) {
        // a later chunk counts only when the one before ended exactly where it starts
        List<Part> accepted = new ArrayList<>(List.of(parts.get(0)));
        for (int i = 1; i < parts.size(); i++) {
            Part previous = accepted.get(accepted.size() - 1);
            if (previous.failed) {
                break;
            }
            if (previous.stoppedAt != parts.get(i).from) {
                Part rest = new Part(previous.stoppedAt, Long.MAX_VALUE);
                accepted.add(rest.call());
                break;
            }
            accepted.add(parts.get(i));
        }
        int lineBase = firstLine;
        int count = 0;
        int actorCount = 0;
        int problemCount = 0;
        List<Problem> problems = new ArrayList<>();
        for (Part part : accepted) {
            for (Problem p : part.problems) {
                if (problems.size() < RecordIndex.PROBLEMS_LISTED) {
                    problems.add(new Problem(file, p.line() + lineBase, p.column(), p.message()));
                }
            }
            if (part.failed) {
                throw new DataException(problems.subList(0, 1));
            }
            problemCount += part.problemCount;
            part.lineBase = lineBase;
            lineBase += part.lines;
            count += part.count;
            actorCount += part.actorIds.size;
        }
        int[] start = new int[count];
        int[] end = new int[count];
        long[] offset = new long[count];
        int[] length = new int[count];
        int[] line = new int[count];
        int[] idHash = new int[count];
        int[] actorFrom = new int[count + 1];
        int[] actorIds = new int[actorCount];
        long[] unknown = null;
        List<Actor> actors = new ArrayList<>();
        Map<String, Integer> byId = new HashMap<>();
        int at = 0;
        int actorAt = 0;
        for (Part part : accepted) {
            int[] remap = new int[part.row.dictionary.size()];
            for (int i = 0; i < remap.length; i++) {
                Actor actor = part.row.dictionary.get(i);
                remap[i] = byId.computeIfAbsent(actor.id(), k -> {
                    actors.add(actor);
                    return actors.size() - 1;
                });
            }
            System.arraycopy(part.start.items, 0, start, at, part.count);
            System.arraycopy(part.end.items, 0, end, at, part.count);
            System.arraycopy(part.offset, 0, offset, at, part.count);
            System.arraycopy(part.length.items, 0, length, at, part.count);
            System.arraycopy(part.idHash.items, 0, idHash, at, part.count);
            for (int i = 0; i < part.count; i++) {
                line[at + i] = part.line.items[i] + part.lineBase;
                actorFrom[at + i] = actorAt + part.actorFrom.items[i];
            }
            for (int i = 0; i < part.actorIds.size; i++) {
                actorIds[actorAt + i] = remap[part.actorIds.items[i]];
            }
            for (int i = 0; i < part.unknown.size; i++) {
                if (unknown == null) {
                    unknown = new long[(count + 63) >>> 6];
                }
                int record = at + part.unknown.items[i];
                unknown[record >>> 6] |= 1L << record;
            }
            at += part.count;
            actorAt += part.actorIds.size;
        }
        actorFrom[count] = actorAt;
        return new RecordIndex(stamp, start, end, java.nio.LongBuffer.wrap(offset), java.nio.IntBuffer.wrap(length),
                java.nio.IntBuffer.wrap(line), java.nio.IntBuffer.wrap(idHash), actorFrom, actorIds, actors, unknown,
                problemCount, problems, null);
    }

    /** One thread's chunk: the records starting in [from, limit). Line numbers are relative to its start. */
    private final class Part implements java.util.concurrent.Callable<Part> {
        final long from;
        final long limit;
        final IndexRow row = new IndexRow();
        final IntList start = new IntList();
        final IntList end = new IntList();
        long[] offset = new long[1024];
        final IntList length = new IntList();
        final IntList line = new IntList();
        final IntList idHash = new IntList();
        final IntList actorFrom = new IntList();
        final IntList actorIds = new IntList();
        final IntList unknown = new IntList(); // records (of this part) whose actors were left out
        final List<Problem> problems = new ArrayList<>();
        int count;
        int lines;
        int lineBase;
        int problemCount;
        boolean failed;
        long stoppedAt;

        Part(long from, long limit) {
            this.from = from;
            this.limit = limit;
            row.actorsFrom = actorsFrom;
            row.actorsTo = actorsTo;
        }

        @Override
        public Part call() {
            try {
                read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        private byte[] buf = new byte[BUFFER];
        private long bufAt; // file offset of buf[0]
        private int n; // bytes in buf
        private boolean eof;

        private void read() throws IOException {
            bufAt = from;
            if (!format.quoted() && format.indexesPrefix()) {
                readPrefixed();
                return;
            }
            boolean quoted = format.quoted();
            int p = 0;
            while (true) {
                // find the end of the record starting at p
                int e = -1;
                int breaks = 0;
                if (quoted) {
                    boolean inQuotes = false;
                    int i = p;
                    while (true) {
                        int q = Bytes.indexOfEither(buf, i, n, (byte) '"', (byte) '\n');
                        if (q < 0) {
                            break;
                        }
                        if (buf[q] == '"') {
                            inQuotes = !inQuotes;
                        } else if (!inQuotes) {
                            e = q;
                            break;
                        } else {
                            breaks++;
                        }
                        i = q + 1;
                    }
                } else {
                    e = Bytes.indexOf(buf, p, n, (byte) '\n');
                }
                if (e < 0 && !eof) {
                    if (!refill(p)) {
                        return;
                    }
                    p = 0;
                    continue;
                }
                long recordAt = bufAt + p;
                if (recordAt >= limit || (e < 0 && p >= n)) {
                    stoppedAt = recordAt;
                    return;
                }
                int stop = e < 0 ? n : e;
                int to = stop > p && buf[stop - 1] == '\r' ? stop - 1 : stop;
                if (to > p) {
                    record(buf, p, to, recordAt);
                    if (failed) {
                        stoppedAt = recordAt;
                        return;
                    }
                }
                lines += 1 + breaks;
                if (e < 0) {
                    stoppedAt = bufAt + n;
                    return;
                }
                p = e + 1;
            }
        }

        /**
         * The loop for formats that index a record before its line end is known: the index reads the fields it
         * needs, and the line end is looked for only past them (for JSON Lines, past the long summary).
         */
        private void readPrefixed() throws IOException {
            int p = 0;
            while (true) {
                long recordAt = bufAt + p;
                if (recordAt >= limit || (eof && p >= n)) {
                    stoppedAt = recordAt;
                    return;
                }
                int searchFrom = p;
                boolean empty = p < n && (buf[p] == '\n' || buf[p] == '\r' && p + 1 < n && buf[p + 1] == '\n');
                boolean indexed = false;
                if (!empty && p < n) {
                    row.reset();
                    try {
                        searchFrom = format.indexPrefix(buf, p, n, row);
                        indexed = true;
                    } catch (RowFormat.MoreBytes more) {
                        searchFrom = -1;
                    } catch (BadRow bad) {
                        searchFrom = p; // reported below, through the whole-record path
                    }
                }
                int e = searchFrom < 0 || p >= n ? -1 : Bytes.indexOf(buf, searchFrom, n, (byte) '\n');
                if (e < 0 && !eof) {
                    if (!refill(p)) {
                        return;
                    }
                    p = 0;
                    continue;
                }
                int stop = e < 0 ? n : e;
                int to = stop > p && buf[stop - 1] == '\r' ? stop - 1 : stop;
                if (to > p) {
                    if (indexed) {
                        add(p, to, recordAt);
                    } else {
                        record(buf, p, to, recordAt); // indexes (again) knowing the line end, for the message
                    }
                    if (failed) {
                        stoppedAt = recordAt;
                        return;
                    }
                }
                lines++;
                if (e < 0) {
                    stoppedAt = bufAt + n;
                    return;
                }
                p = e + 1;
            }
        }

        /**
         * Moves the bytes from {@code keep} to the front and reads more after them, growing the buffer when one
         * record fills it. False when the record is too long (a problem is recorded and the part fails).
         */
        private boolean refill(int keep) throws IOException {
            int kept = n - keep;
            if (kept >= buf.length) {
                if (buf.length >= MAX_RECORD) {
                    problem(lines, 1, "a record is longer than " + (MAX_RECORD >> 20) + " MiB");
                    failed = true;
                    stoppedAt = bufAt + keep;
                    return false;
                }
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            System.arraycopy(buf, keep, buf, 0, kept);
            bufAt += keep;
            n = kept;
            int read = channel.read(ByteBuffer.wrap(buf, n, buf.length - n), bufAt + n);
            if (read < 0) {
                eof = true;
            } else {
                n += read;
                progress.accept(read);
            }
            return true;
        }

        private void record(byte[] buf, int from, int to, long at) {
            row.reset();
            try {
                format.index(buf, from, to, row);
            } catch (BadRow bad) {
                problem(lines, bad.column(), bad.getMessage());
                if (!skipBad) {
                    failed = true;
                }
                return;
            } catch (RuntimeException bug) {
                problem(lines, 0, "cannot read the record: " + bug);
                if (!skipBad) {
                    failed = true;
                }
                return;
            }
            add(from, to, at);
        }

        /** Adds the record {@code row} describes. */
        private void add(int from, int to, long at) {
            if (count == offset.length) {
                offset = Arrays.copyOf(offset, count * 2);
            }
            offset[count] = at;
            start.add(row.start);
            end.add(row.end);
            length.add(to - from);
            line.add(lines);
            idHash.add(row.idHash);
            actorFrom.add(actorIds.size);
            if (!row.actorsKnown) {
                unknown.add(count);
            }
            for (int i = 0; i < row.actorCount; i++) {
                actorIds.add(row.actors[i]);
            }
            count++;
        }

        private void problem(int relativeLine, int column, String message) {
            problemCount++;
            if (problems.size() < RecordIndex.PROBLEMS_LISTED) {
                problems.add(new Problem(file, relativeLine, column, message));
            }
        }
    }

    /** A growable int array. */
    static final class IntList {
        int[] items = new int[1024];
        int size;

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }
    }
}
