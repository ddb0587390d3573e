package dev.timeline.format;

import dev.timeline.model.Coded;
import java.util.function.Function;

/** The output formats; each is one {@link Formatter} class. A new format is one class and one constant here. */
public enum OutputFormat implements Coded {
    TABLE("table", TableFormatter::new),
    CSV("csv", CsvFormatter::csv),
    TSV("tsv", CsvFormatter::tsv),
    /** An Excel workbook (binary: to a file with -o, or a pipe). */
    XLSX("xlsx", XlsxFormatter::new),
    JSON("json", JsonFormatter::array),
    JSONL("jsonl", JsonFormatter::lines),
    MARKDOWN("markdown", MarkdownFormatter::new),
    ICS("ics", IcsFormatter::new),
    TIMELINEJS("timelinejs", TimelineJsFormatter::new),
    /** A loadable dataset file (native JSON) of the selected events and the actors they need. */
    DATASET("dataset", DatasetFormatter::new);

    private final String id;
    private final Function<FormatContext, Formatter> factory;

    OutputFormat(String id, Function<FormatContext, Formatter> factory) {
        this.id = id;
        this.factory = factory;
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * Whether the format passes every text from data through the terminal sanitiser itself (the views for people,
     * which also colour). A machine format (CSV, JSON…) writes the data as it is, so when its output goes to a
     * terminal the caller escapes it there.
     */
    public boolean sanitisesItself() {
        return this == TABLE || this == MARKDOWN;
    }

    public Formatter formatter(FormatContext context) {
        return factory.apply(context);
    }

    @Override
    public String toString() {
        return id;
    }
}
