package dev.timeline.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.timeline.model.Event;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The tabular contract (design.md) as RFC 4180 CSV (CRLF, a header row, quotes only where needed) or as TSV
 * (LF, tabs between cells, and backslash escapes {@code \\t}, {@code \\n}, {@code \\r}, {@code \\\\} inside
 * cells, so every row stays one line). Cells a spreadsheet would run as a formula are prefixed with {@code '}
 * unless the context says otherwise.
 */
final class CsvFormatter implements Formatter {

    /** The contract's column order. Never reorder; new columns go at the end. */
    static final List<String> COLUMNS = List.of("id", "date", "start", "end", "type", "title", "actors", "place",
            "country", "fatalities", "sources", "summary");

    /** The contract's columns and, when the context asks for it, {@code dataset} after them. */
    static List<String> columns(FormatContext context) {
        if (!context.datasetColumn()) {
            return COLUMNS;
        }
        List<String> columns = new ArrayList<>(COLUMNS);
        columns.add("dataset");
        return List.copyOf(columns);
    }

    private static final CsvFactory FACTORY = new CsvFactory();

    private final FormatContext context;
    private final boolean tabs;

    private CsvFormatter(FormatContext context, boolean tabs) {
        this.context = context;
        this.tabs = tabs;
    }

    static CsvFormatter csv(FormatContext context) {
        return new CsvFormatter(context, false);
    }

    static CsvFormatter tsv(FormatContext context) {
        return new CsvFormatter(context, true);
    }

    @Override
    public void write(Iterable<Event> events, Writer out) throws IOException {
        if (tabs) {
            writeTsv(events, out);
            return;
        }
        CsvSchema.Builder builder = CsvSchema.builder();
        columns(context).forEach(builder::addColumn);
        CsvSchema schema = builder.setUseHeader(true).setLineSeparator("\r\n").build();
        try (CsvGenerator csv = (CsvGenerator) FACTORY.createGenerator(out)) {
            csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            csv.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING); // quote only cells that need it
            csv.setSchema(schema);
            for (Event event : events) {
                csv.writeStartArray();
                for (String cell : cells(event)) {
                    csv.writeString(cell);
                }
                csv.writeEndArray();
            }
        }
    }

    private void writeTsv(Iterable<Event> events, Writer out) throws IOException {
        out.write(String.join("\t", columns(context)));
        out.write('\n');
        for (Event event : events) {
            StringBuilder line = new StringBuilder(256);
            List<String> cells = cells(event);
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    line.append('\t');
                }
                escapeTsv(cells.get(i), line);
            }
            out.write(line.append('\n').toString());
        }
    }

    /** The cells of {@link #columns} for one event, in column order, neutralised as the context asks. */
    List<String> cells(Event event) {
        String[] contract = {
            event.id(),
            event.date().toString(),
            Cells.start(event),
            Cells.end(event),
            event.type().id(),
            event.title(),
            Cells.actors(event, context.actors()),
            event.place() == null || event.place().name() == null ? "" : event.place().name(),
            event.place() == null || event.place().country() == null ? "" : event.place().country(),
            event.fatalities() == null ? "" : event.fatalities().toString(),
            Cells.sources(event),
            event.summary()};
        String[] cells = contract;
        if (context.datasetColumn()) {
            cells = Arrays.copyOf(contract, contract.length + 1);
            cells[contract.length] = event.dataset() == null ? "" : event.dataset();
        }
        if (context.escapeFormulas()) {
            for (int i = 0; i < cells.length; i++) {
                cells[i] = neutralize(cells[i]);
            }
        }
        return List.of(cells);
    }

    static void escapeTsv(String cell, StringBuilder out) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
    }

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /**
     * OWASP's advice for CSV injection: a cell starting with a formula trigger gets a leading apostrophe. A plain
     * number ({@code -31.5}, an intensity) is left as it is: a spreadsheet reads it as the number it is, and the
     * apostrophe would turn it into text.
     */
    static String neutralize(String value) {
        if (!value.isEmpty() && !PLAIN_NUMBER.matcher(value).matches()) {
            char first = value.charAt(0);
            if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
                return "'" + value;
            }
        }
        return value;
    }
}
