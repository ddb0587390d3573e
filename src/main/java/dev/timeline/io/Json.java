package dev.timeline.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
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
    public static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(Json.LIMITS)
            .characterEscapes(new InvisibleEscapes())
            .build();

    /**
     * JSON escapes C0 controls by itself; DEL, the C1 controls and the bidi overrides and isolates (U+202A–U+202E,
     * U+2066–U+2069) are legal raw in JSON but act on a terminal that shows the file, so they are written as
     * <code>\\u</code>XXXX escapes too: the same text for a reader, nothing invisible for a person.
     */
    private static final class InvisibleEscapes extends CharacterEscapes {
        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            if (c >= 0x80 && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
                return new SerializedString(String.format("\\u%04X", c));
            }
            return null;
        }
    }

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

    /** The patterns {@link #describe} rewrites Jackson's messages with: compiled on a first error, not every run. */
    private static final class Messages {
        static final Pattern SOURCE = Pattern.compile(
                "\\[Source: [^;\\]]*(?:\\([^)]*\\))?[^;\\]]*; line: (\\d+), column: (\\d+)]");

        /** Jackson's "('x' (code 65279 / 0xfeff))" and "((CTRL-CHAR, code 0))": said as the code point alone. */
        static final Pattern CHARACTER = Pattern.compile(
                "\\((?:'.{1,2}' \\(|\\(CTRL-CHAR, )code (\\d+)(?: / 0x[0-9a-fA-F]+)?\\)\\)");
    }

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
        line = Messages.SOURCE.matcher(line).replaceAll("line $1, column $2");
        line = line.replaceAll("\\s*\\(`[A-Za-z.]+(?:\\(\\))?`[^)]*\\)", ""); // "(`JsonReadFeature.X` disabled)"
        line = line.replaceAll("`[A-Za-z]+\\.[A-Za-z_.]+(?:\\(\\))?`", "a parser setting");
        line = Messages.CHARACTER.matcher(line).replaceAll(m -> String.format("U+%04X", Integer.parseInt(m.group(1))));
        line = line.replace("Unexpected end-of-input", "the text ends too early");
        line = line.replace("start marker at line", "opened at line");
        if (line.isEmpty()) {
            return "malformed JSON";
        }
        return Character.toLowerCase(line.charAt(0)) + line.substring(1);
    }
}
