package dev.timeline.format;

import dev.timeline.model.Event;
import java.io.IOException;
import java.io.Writer;

/** Writes events in one output format. Implementations stream where the format allows. */
public interface Formatter {

    /** Writes {@code events}, in the order given, to {@code out}; does not close it. */
    void write(Iterable<Event> events, Writer out) throws IOException;
}
