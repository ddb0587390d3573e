package dev.timeline.cli;

import dev.timeline.io.Trace;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * The trace the CLI installs when {@code TIMELINE_TRACE} is set: each phase on stderr with the milliseconds since
 * the launcher started ({@code scripts/timeline} passes its start, in microseconds since the epoch, as
 * {@code -Dtimeline.launched}), or since the JVM started when it was run some other way. Costs one environment
 * lookup when off.
 *
 * <p>The launcher's time costs nothing to read. Asking the JVM when it started loads JMX: about 18 ms on a cold
 * JVM, which the first mark paid and every later one included, so the phases after it looked that much slower.
 */
final class StderrTrace implements Trace {

    /** The system property the launcher sets when tracing: its start, in microseconds since the epoch. */
    static final String LAUNCHED = "timeline.launched";

    private final PrintWriter err;
    /** Milliseconds since the epoch the marks count from; 0 until the first mark when the JVM's start is asked. */
    private long origin;

    private StderrTrace(PrintWriter err, long origin) {
        this.err = err;
        this.origin = origin;
    }

    /** Prints to {@code err} when {@code env} sets {@code TIMELINE_TRACE}; else {@link Trace#NONE}. */
    static Trace of(Map<String, String> env, PrintWriter err) {
        return of(env, err, System.getProperty(LAUNCHED));
    }

    /** As {@link #of(Map, PrintWriter)}, counting from {@code launched} (microseconds since the epoch) if it is one. */
    static Trace of(Map<String, String> env, PrintWriter err, String launched) {
        if (env.get("TIMELINE_TRACE") == null) {
            return Trace.NONE;
        }
        long origin = 0;
        if (launched != null && launched.matches("\\d{1,18}")) {
            origin = Long.parseLong(launched) / 1000;
        }
        return new StderrTrace(err, origin);
    }

    @Override
    public void mark(String phase) {
        long now = System.currentTimeMillis();
        if (origin == 0) {
            origin = ManagementFactory.getRuntimeMXBean().getStartTime();
        }
        err.println("trace " + (now - origin) + " ms: " + phase);
    }
}
