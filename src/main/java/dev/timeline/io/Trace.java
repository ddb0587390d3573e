package dev.timeline.io;

import java.lang.management.ManagementFactory;

/**
 * Phase timings on stderr for tuning, when {@code TIMELINE_TRACE} is set: milliseconds since the JVM started.
 * Costs one environment lookup when off.
 */
public final class Trace {

    private static final boolean ON = System.getenv("TIMELINE_TRACE") != null;

    private Trace() {
    }

    public static void mark(String phase) {
        if (ON) {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("trace " + sinceStart + " ms: " + phase);
        }
    }
}
