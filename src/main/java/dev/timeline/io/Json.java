package dev.timeline.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.util.regex.Pattern;

/** The one place that configures Jackson for this project. */
public final class Json {

    /** The sizes a JSON input may have; {@link #describe} names them when one is passed. */
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxStringLength(10_000_000)
            .maxNestingDepth(64)
            .build();

    /** Strict JSON: no comments, no trailing commas, duplicate keys detected by the readers themselves. */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(Json.LIMITS)
            .build();

    private Json() {
    }

    /**
     * The project's JSON layout, for every file and output it writes: {@code indent} per level, {@code "key": value},
     * one array element per line, empty arrays and objects as {@code []} and <code>{}</code>, LF line ends (the
     * layout of {@code data/caucasus.json}). A new instance each time: pretty printers keep state.
     */
    public static DefaultPrettyPrinter prettyPrinter(String indent) {
        DefaultIndenter indenter = new DefaultIndenter(indent, "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withArrayIndenter(indenter)
                .withObjectIndenter(indenter);
    }

    private static final Pattern SOURCE = Pattern.compile(
            "\\[Source: [^;\\]]*(?:\\([^)]*\\))?[^;\\]]*; line: (\\d+), column: (\\d+)]");

    /**
     * What Jackson found wrong, as one line for a person: no "[Source: ...]", no names of Jackson's classes or
     * features, a size limit said as such. The location is not included: callers give file:line:column.
     */
    public static String describe(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (message.contains("String value length")) {
                return "a text value is longer than timeline accepts (" + LIMITS.getMaxStringLength()
                        + " characters)";
            }
            if (message.contains("Number value length")) {
                return "a number has more digits than timeline accepts (" + LIMITS.getMaxNumberLength() + ")";
            }
            if (message.contains("nesting depth")) {
                return "the JSON is nested deeper than timeline accepts (" + LIMITS.getMaxNestingDepth()
                        + " levels)";
            }
            return "the JSON is larger than timeline accepts";
        }
        String line = message.lines().findFirst().orElse("").strip();
        line = SOURCE.matcher(line).replaceAll("line $1, column $2");
        line = line.replaceAll("\\s*\\(`[A-Za-z.]+(?:\\(\\))?`[^)]*\\)", ""); // "(`JsonReadFeature.X` disabled)"
        line = line.replaceAll("`[A-Za-z]+\\.[A-Za-z_.]+(?:\\(\\))?`", "a parser setting");
        line = line.replace("Unexpected end-of-input", "the text ends too early");
        line = line.replace("start marker at line", "opened at line");
        if (line.isEmpty()) {
            return "malformed JSON";
        }
        return Character.toLowerCase(line.charAt(0)) + line.substring(1);
    }
}
