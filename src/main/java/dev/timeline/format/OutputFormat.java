package dev.timeline.format;

import dev.timeline.model.Coded;
import dev.timeline.model.Event;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The output formats; each is one {@link Formatter} class. A new format is one class, one constant here and its
 * case in {@link #formatter} (the switch does not compile without it): the {@code --format} help, the config keys'
 * description, completion and the golden-file test follow from this enum. The constructors are called from a switch,
 * not held as method references: on JDK 17 every reference is linked when the enum loads, a third of a millisecond
 * each in a short run, for the one format it uses.
 */
public enum OutputFormat implements Coded {
    TABLE("table", ""),
    CSV("csv", ""),
    TSV("tsv", ""),
    /** An Excel workbook (binary: to a file with -o, or a pipe). */
    XLSX("xlsx", "an Excel workbook"),
    JSON("json", ""),
    JSONL("jsonl", ""),
    MARKDOWN("markdown", ""),
    ICS("ics", "iCalendar"),
    TIMELINEJS("timelinejs", "TimelineJS3 JSON"),
    /** RFC 7946 GeoJSON: the events that have a point, for GIS tools and web maps. */
    GEOJSON("geojson", "RFC 7946, the events with coordinates"),
    /** A loadable dataset file (native JSON) of the selected events and the actors they need. */
    DATASET("dataset", ""),
    /**
     * Apache Parquet with the columns of the engines' {@code events} relation, written by the embedded DuckDB: the
     * command writes it ({@code cli/ParquetOutput}), as no text formatter can.
     */
    PARQUET("parquet", "binary, to a file with -o");

    private final String id;
    private final String note;

    OutputFormat(String id, String note) {
        this.id = id;
        this.note = note;
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
        return switch (this) {
            case TABLE -> new TableFormatter(context);
            case CSV -> CsvFormatter.csv(context);
            case TSV -> CsvFormatter.tsv(context);
            case XLSX -> new XlsxFormatter(context);
            case JSON -> JsonFormatter.array(context);
            case JSONL -> JsonFormatter.lines(context);
            case MARKDOWN -> new MarkdownFormatter(context);
            case ICS -> new IcsFormatter(context);
            case TIMELINEJS -> new TimelineJsFormatter(context);
            case GEOJSON -> new GeoJsonFormatter(context);
            case DATASET -> new DatasetFormatter(context);
            case PARQUET -> new BinaryFormatter() {
                @Override
                public void write(Iterable<Event> events, OutputStream out)
                        throws IOException {
                    throw new IOException("Parquet is written by the DuckDB engine, to a file (-o FILE.parquet)");
                }
            };
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
