package dev.timeline.index;

import dev.timeline.io.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One thread's chunk of a {@link ChunkScanner} scan: the records starting in [from, limit), indexed into growable
 * columns. Line numbers are relative to its start; {@link ChunkMerge} rebases them.
 */
final class ChunkPart implements Callable<ChunkPart> {
    static final int BUFFER = 1 << 18;
    static final int MAX_RECORD = 1 << 26;

    private final ScanRequest request;
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

    ChunkPart(ScanRequest request, long from, long limit) {
        this.request = request;
        this.from = from;
        this.limit = limit;
        row.actorsFrom = request.actorsFrom();
        row.actorsTo = request.actorsTo();
    }

    @Override
    public ChunkPart call() {
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
        if (!request.format().quoted() && request.format().indexesPrefix()) {
            readPrefixed();
            return;
        }
        boolean quoted = request.format().quoted();
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
                    searchFrom = request.format().indexPrefix(buf, p, n, row);
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
        int read = request.channel().read(ByteBuffer.wrap(buf, n, buf.length - n), bufAt + n);
        if (read < 0) {
            eof = true;
        } else {
            n += read;
            request.progress().accept(read);
        }
        return true;
    }

    private void record(byte[] buf, int from, int to, long at) {
        row.reset();
        try {
            request.format().index(buf, from, to, row);
        } catch (BadRow bad) {
            problem(lines, bad.column(), bad.getMessage());
            if (!request.skipBad()) {
                failed = true;
            }
            return;
        } catch (RuntimeException bug) {
            problem(lines, 0, "cannot read the record: " + bug);
            if (!request.skipBad()) {
                failed = true;
            }
            return;
        }
        add(from, to, at);
    }

    /** Records read before the columns are sized for the whole part. */
    static final int SAMPLE = 256;

    /** Adds the record {@code row} describes. */
    private void add(int from, int to, long at) {
        if (count == SAMPLE) {
            reserve(at + (to - from));
        }
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

    /**
     * Sizes the columns for the records the part will likely hold, from the bytes per record so far
     * ({@code readTo} is where the last one read ends): growing them by doubling from a thousand records made
     * garbage as big as the columns, and young collections that copied them, stopping every thread (a first run
     * over 1M JSON Lines records: 15 collections, 70 ms). Only a guess: the columns still grow past it.
     */
    private void reserve(long readTo) {
        long partEnd = limit;
        if (partEnd == Long.MAX_VALUE) {
            try {
                partEnd = request.channel().size();
            } catch (IOException e) {
                return; // the guess is not worth an error: the columns grow as they go
            }
        }
        long bytes = Math.max(1, readTo - from);
        long expected = (partEnd - from) * count / bytes;
        int records = (int) Math.min(MAX_RESERVE, expected + (expected >> 4) + 1024);
        if (records <= offset.length) {
            return;
        }
        offset = Arrays.copyOf(offset, records);
        for (IntList column : new IntList[] {start, end, length, line, idHash, actorFrom}) {
            column.reserve(records);
        }
        long actors = (long) records * actorIds.size / count;
        actorIds.reserve((int) Math.min(MAX_RESERVE, actors + (actors >> 4) + 1024));
    }

    /** The most records a part reserves room for at once (the columns grow past it if they must). */
    static final int MAX_RESERVE = 1 << 26;

    private void problem(int relativeLine, int column, String message) {
        problemCount++;
        if (problems.size() < RecordIndex.PROBLEMS_LISTED) {
            problems.add(new Problem(request.file(), relativeLine, column, message));
        }
    }

    /** A growable int array. */
    static final class IntList {
        int[] items = new int[1024];
        int size;

        void reserve(int capacity) {
            if (capacity > items.length) {
                items = Arrays.copyOf(items, capacity);
            }
        }

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }
    }
}
