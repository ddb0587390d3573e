package dev.timeline.format;

import dev.timeline.model.Coded;
import java.io.IOException;
import java.util.function.Function;

/**
 * The output formats; each is one {@link Formatter} class. A new format is one class and one constant here: the
 * {@code --format} help, the config keys' description, completion and the golden-file test follow from this enum.
 */
public enum OutputFormat implements Coded {
    TABLE("table", "", TableFormatter::new),
    CSV("csv", "", CsvFormatter::csv),
    TSV("tsv", "", CsvFormatter::tsv),
    /** An Excel workbook (binary: to a file with -o, or a pipe). */
    XLSX("xlsx", "an Excel workbook", XlsxFormatter::new),
    JSON("json", "", JsonFormatter::array),
    JSONL("jsonl", "", JsonFormatter::lines),
    MARKDOWN("markdown", "", MarkdownFormatter::new),
    ICS("ics", "iCalendar", IcsFormatter::new),
    TIMELINEJS("timelinejs", "TimelineJS3 JSON", TimelineJsFormatter::new),
    /** RFC 7946 GeoJSON: the events that have a point, for GIS tools and web maps. */
    GEOJSON("geojson", "RFC 7946, the events with coordinates", GeoJsonFormatter::new),
    /** A loadable dataset file (native JSON) of the selected events and the actors they need. */
    DATASET("dataset", "", DatasetFormatter::new),
    /**
     * Apache Parquet with the columns of the engines' {@code events} relation, written by the embedded DuckDB: the
     * command writes it ({@code cli/ParquetOutput}), as no text formatter can.
     */
    PARQUET("parquet", "binary, to a file with -o", context -> (BinaryFormatter) (events, out) -> {
        throw new IOException("Parquet is written by the DuckDB engine, to a file (-o FILE.parquet)");
    });

    private final String id;
    private final String note;
    private final Function<FormatContext, Formatter> factory;

    OutputFormat(String id, String note, Function<FormatContext, Formatter> factory) {
        this.id = id;
        this.note = note;
        this.factory = factory;
    }

    /**
     * Every format for help text, in order, each with its note where the name alone does not say what it is:
     * "table, csv, ..., xlsx (an Excel workbook), ... timelinejs (TimelineJS3 JSON) or dataset".
     */
    public static String described() {
        StringBuilder out = new StringBuilder();
        OutputFormat[] all = values();
        for (int i = 0; i < all.length; i++) {
            out.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].id);
            if (!all[i].note.isEmpty()) {
                out.append(" (").append(all[i].note).append(')');
            }
        }
        return out.toString();
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
