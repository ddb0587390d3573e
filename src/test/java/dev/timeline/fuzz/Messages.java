package dev.timeline.fuzz;

import java.util.regex.Pattern;

/** What is wrong with an error's stderr, by the contract: one line a problem, no library internals. */
final class Messages {

    /** A problem line: "timeline: ..." or "FILE:LINE:COL: ..."; a warning may say "warning". */
    private static final Pattern LINE = Pattern.compile("^(timeline: |.+:\\d+:\\d+: |.+: |\\s+).+");
    private static final Pattern INTERNALS = Pattern.compile("\\[Source: |StreamReadConstraints|JsonToken\\."
            + "|\\bat \\[|\\.tmp\\b|Lcom/|\\$[A-Z]\\w*\\b|code 65279|line: \\d+, column: \\d+"
            + "|\\b(?:java|javax|com\\.fasterxml|picocli)\\.[\\w.$]*(?:Exception|Error)\\b");

    private Messages() {
    }

    /** Why {@code stderr} of a failed run breaks the contract, or null when it keeps it. */
    static String problem(String stderr) {
        String text = stderr.strip();
        if (text.isEmpty()) {
            return "an error exit with nothing on stderr";
        }
        for (String line : text.split("\n")) {
            if (!LINE.matcher(line).matches()) {
                return "not a problem line: '" + FaultInjection.oneLine(line) + "'";
            }
        }
        var internals = INTERNALS.matcher(text);
        if (internals.find()) {
            return "library internals (" + internals.group() + ")";
        }
        if (text.contains(":0: ")) {
            return "a column counted from 0";
        }
        return null;
    }
}
