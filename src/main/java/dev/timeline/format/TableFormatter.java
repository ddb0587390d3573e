package dev.timeline.format;

import dev.timeline.model.Event;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns (date as EDTF, title, actors, place) that fit {@link FormatContext#width()}: long cells are cut
 * with an ellipsis, never wrapped. When space is short the title keeps the largest share. Dates are EDTF, so
 * uncertain ({@code ?}), approximate ({@code ~}) and open ({@code ..}) dates carry their marks; with colour
 * they are also yellow (uncertain, approximate) or dim (open-ended), and the header is bold. The first
 * {@value #SIZING_ROWS} rows size the columns, so a big file's listing streams in bounded memory.
 */
final class TableFormatter implements Formatter {

    private static final String[] HEADERS = {"DATE", "TITLE", "ACTORS", "PLACE"};
    private static final int[] MIN = {4, 12, 10, 8};
    private static final int[] MAX = {25, 70, 40, 30};
    /** How much of the width each column deserves when space is short; the date is never cut while others can be. */
    private static final int[] WEIGHT = {1000, 5, 3, 2};
    private static final String GAP = "  ";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RESET = "\u001b[0m";
    /** Marks the event a query was centred on. */
    static final String PIVOT = "▶ ";

    private final FormatContext context;

    TableFormatter(FormatContext context) {
        this.context = context;
    }

    /** Rows that size the columns; a longer listing (a big file's) streams on with those widths. */
    static final int SIZING_ROWS = 1000;

    @Override
    public void write(Iterable<Event> events, Writer out) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        int[] widths = null;
        for (Event event : events) {
            String[] row = row(event);
            if (widths != null) {
                line(out, row, widths, dateColor(event), false);
                continue;
            }
            colors.add(dateColor(event));
            rows.add(row);
            if (rows.size() == SIZING_ROWS) {
                widths = start(out, rows, colors);
            }
        }
        if (widths == null) {
            start(out, rows, colors);
        }
    }

    /** Sizes the columns by {@code rows}, writes the header and those rows, and returns the widths. */
    private int[] start(Writer out, List<String[]> rows, List<String> colors) throws IOException {
        int[] widths = widths(rows);
        line(out, HEADERS, widths, null, true);
        for (int i = 0; i < rows.size(); i++) {
            line(out, rows.get(i), widths, colors.get(i), false);
        }
        rows.clear();
        colors.clear();
        return widths;
    }

    private String[] row(Event event) {
        String title = event.id().equals(context.pivotId()) ? PIVOT + event.title() : event.title();
        return new String[] {event.date().toString(), title,
            Cells.actors(event, context.actors()).replace("; ", ", "),
            event.place() == null ? "" : event.place().toString()};
    }

    private int[] widths(List<String[]> rows) {
        int[] widths = new int[HEADERS.length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = HEADERS[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], length(row[c]));
            }
            widths[c] = Math.min(widths[c], MAX[c]);
        }
        int available = context.width() - GAP.length() * (widths.length - 1);
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        // take one column at a time from whichever is widest for its weight, so the title keeps the most
        for (; total > available; total--) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                if (widths[c] > MIN[c] && (widest < 0 || widths[c] * WEIGHT[widest] > widths[widest] * WEIGHT[c])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                break; // narrower than every column's minimum: let the terminal cut
            }
            widths[widest]--;
        }
        return widths;
    }

    private void line(Writer out, String[] cells, int[] widths, String dateColor, boolean header) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String cell = fit(cells[c].replaceAll("\\s+", " "), widths[c]);
            String padding = c < cells.length - 1 ? " ".repeat(widths[c] - length(cell)) + GAP : "";
            if (context.color() && header) {
                line.append(BOLD).append(cell).append(RESET);
            } else if (context.color() && c == 0 && dateColor != null) {
                line.append(dateColor).append(cell).append(RESET);
            } else {
                line.append(cell);
            }
            line.append(padding);
        }
        out.write(stripEnd(line));
        out.write('\n');
    }

    private static String stripEnd(StringBuilder line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }

    /** Uncertain or approximate dates in yellow, open-ended ones dimmed; null for plain dates. */
    private static String dateColor(Event event) {
        if (event.date().isUncertain() || event.date().isApproximate() || event.date().hasUnspecifiedDigits()) {
            return YELLOW;
        }
        return event.date().isOpenStart() || event.date().isOpenEnd() ? DIM : null;
    }

    /** {@code text} cut to {@code width} characters, ending in an ellipsis when cut. */
    static String fit(String text, int width) {
        if (length(text) <= width) {
            return text;
        }
        int end = text.offsetByCodePoints(0, Math.max(0, width - 1));
        return text.substring(0, end).stripTrailing() + "…";
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
