package dev.timeline.index;

import dev.timeline.io.DataException;
import dev.timeline.io.Problem;
import dev.timeline.model.Event;
import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Reads and parses one record of a big input at a time, with its own buffer (one per thread), and checks it
 * against the index: the same day span and id hash, or the file changed (or a cached index is wrong).
 */
final class RecordReader {
    private final IndexedSource source;
    private ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    private final IndexRow scratch = new IndexRow();
    /** Whether this is the source's main reader, which may read through its {@link IndexedSource#directFile}. */
    private final boolean main;

    RecordReader(IndexedSource source, boolean main) {
        this.source = source;
        this.main = main;
    }

    Event read(int i) {
        RecordIndex index = source.index();
        int length = index.length().get(i);
        if (buffer.capacity() < length) {
            buffer = ByteBuffer.allocate(Math.max(length, buffer.capacity() * 2));
        }
        buffer.clear().limit(length);
        try {
            long at = index.offset().get(i);
            RandomAccessFile file = main ? source.directFile() : null;
            if (file != null) {
                file.seek(at);
                file.readFully(buffer.array(), 0, length);
            } else {
                while (buffer.hasRemaining()) {
                    if (source.channel().read(buffer, at + buffer.position()) < 0) {
                        throw source.mismatch("it is shorter than when it was indexed");
                    }
                }
            }
        } catch (EOFException e) {
            throw source.mismatch("it is shorter than when it was indexed");
        } catch (IOException e) {
            throw new DataException(source.name(), "cannot read: " + e.getMessage());
        }
        Event event;
        try {
            event = source.rows().parse(buffer.array(), 0, length);
            if (!index.actorsKnown(i)) {
                learnActors(length);
            }
        } catch (BadRow bad) {
            if (source.isChanged()) {
                throw source.stale("it changed since it was indexed");
            }
            if (source.fromCache()) {
                throw new IndexedSource.IndexFault(); // the record may be fine and the index pointing past it
            }
            throw new DataException(List.of(source.place.apply(new Problem(source.name(), index.line().get(i),
                    bad.column(), bad.getMessage()))));
        }
        if (IndexRow.day(event.date().earliest()) != index.start(i)
                || IndexRow.day(event.date().latest()) != index.end(i)
                || IndexRow.hash(event.id()) != index.idHash().get(i)) {
            throw source.mismatch("line " + index.line().get(i) + " no longer holds the record indexed there");
        }
        return event;
    }

    /** Adds the actors of the record in the buffer, which the index left out, to the source's actors. */
    private void learnActors(int length) throws BadRow {
        int known = scratch.dictionary.size();
        scratch.reset();
        source.rows().index(buffer.array(), 0, length, scratch);
        if (scratch.dictionary.size() > known) {
            source.learn(scratch.dictionary, known);
        }
    }
}
