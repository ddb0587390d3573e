package dev.timeline.fuzz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells the project's own one-line error from a crash in what a command printed. */
final class Crash {

    /** A stack frame, an internal error, or a Java exception class name. */
    private static final Pattern SIGNS = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|internal error|Caused by:"
            + "|\\b(?:java|javax|com\\.fasterxml|picocli|org\\.threeten|dev\\.timeline)\\.[\\w.$]*"
            + "(?:Exception|Error)\\b");

    private Crash() {
    }

    /** The first sign of a crash in {@code stderr}, or null when there is none. */
    static String signs(String stderr) {
        Matcher m = SIGNS.matcher(stderr);
        return m.find() ? m.group() : null;
    }
}
