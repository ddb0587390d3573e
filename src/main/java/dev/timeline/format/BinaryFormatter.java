package dev.timeline.format;

import dev.timeline.model.Event;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/** A format whose output is bytes, not text (xlsx): written to a file or a byte stream, never to a terminal. */
public interface BinaryFormatter extends Formatter {

    /** Writes {@code events}, in the order given, to {@code out}; does not close it. */
    void write(Iterable<Event> events, OutputStream out) throws IOException;

    /** A binary format cannot be written as text. */
    @Override
    default void write(Iterable<Event> events, Writer out) throws IOException {
        throw new IOException("a binary format needs a byte stream");
    }
}
