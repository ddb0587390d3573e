package dev.timeline.format;

import dev.timeline.model.Event;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        CsvRows csv = new CsvRows(out);
        try {
            csv.row(columns(context).toArray(new String[0]));
            for (Event event : events) {
                csv.row(row(event));
            }
        } catch (RuntimeException | IOException | Error e) {
            // what was written reaches the output even when reading the events fails part way
            try {
                csv.flush();
            } catch (RuntimeException | IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        csv.flush();
    }

    private void writeTsv(Iterable<Event> events, Writer out) throws IOException {
        out.write(String.join("\t", columns(context)));
        out.write('\n');
        for (Event event : events) {
            StringBuilder line = new StringBuilder(256);
            String[] cells = row(event);
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                escapeTsv(cells[i], line);
            }
            out.write(line.append('\n').toString());
        }
    }

    /** The cells of {@link #columns} for one event, in column order, neutralised as the context asks. */
    List<String> cells(Event event) {
        return List.of(row(event));
    }

    private String[] row(Event event) {
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
        return cells;
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

    /**
     * OWASP's advice for CSV injection: a cell starting with a formula trigger gets a leading apostrophe. A plain
     * number ({@code -31.5}, an intensity: {@code -?[0-9]+(\\.[0-9]+)?}) is left as it is: a spreadsheet reads it as
     * the number it is, and the apostrophe would turn it into text.
     */
    static String neutralize(String value) {
        if (!value.isEmpty()) {
            char first = value.charAt(0);
            if ((first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
                    && !isPlainNumber(value)) {
                return "'" + value;
            }
        }
        return value;
    }

    /** Whether {@code value} is {@code -?[0-9]+(\\.[0-9]+)?} (a loop, not a regex: it runs for every cell). */
    static boolean isPlainNumber(String value) {
        int i = value.startsWith("-") ? 1 : 0;
        int digits = digits(value, i);
        if (digits == 0) {
            return false;
        }
        i += digits;
        if (i == value.length()) {
            return true;
        }
        return value.charAt(i) == '.' && digits(value, i + 1) > 0 && i + 1 + digits(value, i + 1) == value.length();
    }

    private static int digits(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
