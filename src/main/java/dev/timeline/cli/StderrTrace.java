package dev.timeline.cli;

import dev.timeline.io.Trace;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * The trace the CLI installs when {@code TIMELINE_TRACE} is set: each phase on stderr with the milliseconds since
 * the JVM started. Costs one environment lookup when off.
 */
final class StderrTrace implements Trace {

    private final PrintWriter err;

    private StderrTrace(PrintWriter err) {
        this.err = err;
    }

    /** Prints to {@code err} when {@code env} sets {@code TIMELINE_TRACE}; else {@link Trace#NONE}. */
    static Trace of(Map<String, String> env, PrintWriter err) {
        return env.get("TIMELINE_TRACE") != null ? new StderrTrace(err) : Trace.NONE;
    }

    @Override
    public void mark(String phase) {
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        err.println("trace " + sinceStart + " ms: " + phase);
    }
}
