package dev.timeline.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/** The one place that configures Jackson for this project. */
public final class Json {

    /** Strict JSON: no comments, no trailing commas, duplicate keys detected by the readers themselves. */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(10_000_000)
                    .maxNestingDepth(64)
                    .build())
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
}
