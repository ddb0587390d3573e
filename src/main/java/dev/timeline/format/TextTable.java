package dev.timeline.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned plain-text columns that fit a width: long cells are cut with an ellipsis, never wrapped; when space is
 * short, columns give it up in proportion to their weight (a heavy column keeps more). Optional ANSI styles per
 * cell do not count toward widths.
 */
public final class TextTable {

    /** One column: its header, the narrowest and widest it may be, and its weight when space is short. */
    public record Column(String header, int min, int max, int weight) {
    }

    public static final String BOLD = "\u001b[1m";
    public static final String DIM = "\u001b[2m";
    public static final String YELLOW = "\u001b[33m";
    public static final String RESET = "\u001b[0m";
    private static final String GAP = "  ";

    private final List<Column> columns;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String[]> styles = new ArrayList<>();

    public TextTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Adds a row of cells (one per column); {@code style} holds an ANSI prefix per cell, or null. */
    public TextTable row(String[] cells, String[] style) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        rows.add(cells.clone());
        styles.add(style == null ? new String[cells.length] : style.clone());
        return this;
    }

    public TextTable row(String... cells) {
        return row(cells, null);
    }

    /** Writes the header and rows within {@code width} columns; styles only when {@code color}. */
    public void write(Writer out, int width, boolean color) throws IOException {
        writeSized(out, width, color);
    }

    /**
     * As {@link #write}, and returns the column widths chosen, so that later rows can stream on with
     * {@link #writeRow} in the same layout.
     */
    public int[] writeSized(Writer out, int width, boolean color) throws IOException {
        int[] widths = widths(width);
        String[] headers = columns.stream().map(Column::header).toArray(String[]::new);
        String[] bold = new String[headers.length];
        java.util.Arrays.fill(bold, BOLD);
        line(out, headers, bold, widths, color);
        for (int i = 0; i < rows.size(); i++) {
            line(out, rows.get(i), styles.get(i), widths, color);
        }
        return widths;
    }

    /** Writes one more row in the layout {@link #writeSized} chose. */
    public static void writeRow(Writer out, String[] cells, String[] style, int[] widths, boolean color)
            throws IOException {
        line(out, cells, style == null ? new String[cells.length] : style, widths, color);
    }

    private int[] widths(int width) {
        int n = columns.size();
        int[] widths = new int[n];
        int total = 0;
        for (int c = 0; c < n; c++) {
            widths[c] = length(columns.get(c).header());
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], length(clean(row[c])));
            }
            widths[c] = Math.min(widths[c], columns.get(c).max());
            total += widths[c];
        }
        int available = width - GAP.length() * (n - 1);
        // take one column at a time from whichever is widest for its weight
        for (; total > available; total--) {
            int widest = -1;
            for (int c = 0; c < n; c++) {
                Column col = columns.get(c);
                if (widths[c] > col.min() && (widest < 0
                        || widths[c] * columns.get(widest).weight() > widths[widest] * col.weight())) {
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

    private static void line(Writer out, String[] cells, String[] style, int[] widths, boolean color)
            throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String cell = fit(clean(cells[c]), widths[c]);
            if (color && style[c] != null && !cell.isEmpty()) {
                line.append(style[c]).append(cell).append(RESET);
            } else {
                line.append(cell);
            }
            if (c < cells.length - 1) {
                line.append(" ".repeat(widths[c] - length(cell))).append(GAP);
            }
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        line.setLength(end);
        out.write(line.append('\n').toString());
    }

    /**
     * How terminal views colour a date: uncertain, approximate or with unspecified digits yellow, open-ended dim,
     * else none (null).
     */
    public static String dateStyle(dev.timeline.dates.EventDate date) {
        if (date.isUncertain() || date.isApproximate() || date.hasUnspecifiedDigits()) {
            return YELLOW;
        }
        return date.isOpenStart() || date.isOpenEnd() ? DIM : null;
    }

    /** Tabs and line breaks as spaces: a cell is one line (runs of spaces are kept: bars are drawn with them). */
    private static String clean(String cell) {
        return cell == null ? "" : cell.replaceAll("\\r\\n|[\\t\\n\\r\\u000B\\f\\u2028\\u2029]", " ");
    }

    /** {@code text} cut to {@code width} characters, ending in an ellipsis when cut. */
    static String fit(String text, int width) {
        if (length(text) <= width) {
            return text;
        }
        int end = text.offsetByCodePoints(0, Math.max(0, width - 1));
        return text.substring(0, end).stripTrailing() + "…";
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
