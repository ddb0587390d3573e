package dev.timeline.io;

/**
 * Told the phases of a run as they pass, for tuning (opening a big input: stamped, cache hit or miss, indexed).
 * The core only reports; the CLI installs a listener that prints, when {@code TIMELINE_TRACE} is set, so nothing
 * below {@code cli} writes to a stream of its own.
 */
@FunctionalInterface
public interface Trace {

    /** Listens to nothing (a class, not a lambda: every run makes one, and JDK 17 links each lambda). */
    Trace NONE = new Trace() {
        @Override
        public void mark(String phase) {
        }
    };

    /** A phase has just ended. */
    void mark(String phase);
}
