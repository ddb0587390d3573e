package dev.timeline.fuzz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells the project's own one-line error from a crash in what a command printed. */
final class Crash {

    /**
     * A stack frame, the error path's "internal error", an uncaught exception: each at the start of a line, so that
     * data quoted in a one-line message ("'internal error' is not a setting") is not taken for a crash. An
     * exception's name inside a message is a message showing internals (see {@link Messages}), not a crash.
     */
    private static final Pattern SIGNS = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|^timeline: internal error"
            + "|^Caused by: |^Exception in thread "
            + "|^(?:java|javax|com\\.fasterxml|picocli|org\\.threeten|dev\\.timeline)\\.[\\w.$]*"
            + "(?:Exception|Error)\\b");

    private Crash() {
    }

    /** The first sign of a crash in {@code stderr}, or null when there is none. */
    static String signs(String stderr) {
        Matcher m = SIGNS.matcher(stderr);
        return m.find() ? m.group() : null;
    }
}
