package dev.timeline.format;

import dev.timeline.dates.EventDate;
import dev.timeline.text.TerminalText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligned plain-text columns that fit a width: long cells are cut with an ellipsis, never wrapped; when space is
 * short, columns give it up in proportion to their weight (a heavy column keeps more); when there is space to
 * spare, columns cut at their usual maximum take it, again by weight, until their cells are whole. A
 * {@linkplain Column#whole whole} column (a date) is never cut. Cells pass {@link TerminalText#line}, so text from
 * data cannot drive the terminal, and widths are terminal columns (a CJK character or an emoji takes two).
 * Optional ANSI styles per cell do not count toward widths.
 */
public final class TextTable {

    /**
     * One column: its header, the narrowest it may be cut to, the widest it is before other columns have what they
     * need, and its weight when space is short or to spare.
     */
    public record Column(String header, int min, int max, int weight) {

        /** A column as wide as its widest cell, never cut (dates: a cut date reads as another date). */
        public static Column whole(String header) {
            return new Column(header, Integer.MAX_VALUE, Integer.MAX_VALUE, 1000);
        }

        boolean isWhole() {
            return min == Integer.MAX_VALUE;
        }
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
        String[] headers = new String[columns.size()]; // a loop: every short run prints a table
        for (int i = 0; i < headers.length; i++) {
            headers[i] = columns.get(i).header();
        }
        String[] bold = new String[headers.length];
        Arrays.fill(bold, BOLD);
        line(out, headers, bold, widths, color);
        for (int i = 0; i < rows.size(); i++) {
            line(out, rows.get(i), styles.get(i), widths, color);
        }
        return widths;
    }

    /**
     * Writes one more row in the layout {@link #writeSized} chose; a cell of a whole column wider than that layout
     * is written whole, pushing the rest of its row right.
     */
    public void writeRow(Writer out, String[] cells, String[] style, int[] widths, boolean color)
            throws IOException {
        line(out, cells, style == null ? new String[cells.length] : style, widths, color);
    }

    private int[] widths(int width) {
        int n = columns.size();
        int[] natural = new int[n];
        int[] widths = new int[n];
        int[] min = new int[n];
        int total = 0;
        for (int c = 0; c < n; c++) {
            natural[c] = length(columns.get(c).header());
            for (String[] row : rows) {
                natural[c] = Math.max(natural[c], length(clean(row[c])));
            }
            widths[c] = Math.min(natural[c], columns.get(c).max());
            min[c] = Math.min(natural[c], columns.get(c).min());
            total += widths[c];
        }
        int available = width - GAP.length() * (n - 1);
        // take one column at a time from whichever is widest for its weight
        for (; total > available; total--) {
            int widest = -1;
            for (int c = 0; c < n; c++) {
                if (widths[c] > min[c] && (widest < 0
                        || (long) widths[c] * columns.get(widest).weight()
                                > (long) widths[widest] * columns.get(c).weight())) {
                    widest = c;
                }
            }
            if (widest < 0) {
                break; // narrower than every column's minimum: let the terminal cut
            }
            widths[widest]--;
        }
        // give what is left, one column at a time, to whichever cut column is narrowest for its weight
        for (; total < available; total++) {
            int narrowest = -1;
            for (int c = 0; c < n; c++) {
                if (widths[c] < natural[c] && (narrowest < 0
                        || (long) widths[c] * columns.get(narrowest).weight()
                                < (long) widths[narrowest] * columns.get(c).weight())) {
                    narrowest = c;
                }
            }
            if (narrowest < 0) {
                break; // every cell whole
            }
            widths[narrowest]++;
        }
        return widths;
    }

    private void line(Writer out, String[] cells, String[] style, int[] widths, boolean color)
            throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String clean = clean(cells[c]);
            String cell = columns.get(c).isWhole() ? clean : fit(clean, widths[c]);
            if (color && style[c] != null && !cell.isEmpty()) {
                line.append(style[c]).append(cell).append(RESET);
            } else {
                line.append(cell);
            }
            if (c < cells.length - 1) {
                line.append(" ".repeat(Math.max(0, widths[c] - length(cell)))).append(GAP);
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
    public static String dateStyle(EventDate date) {
        if (date.isUncertain() || date.isApproximate() || date.hasUnspecifiedDigits()) {
            return YELLOW;
        }
        return date.isOpenStart() || date.isOpenEnd() ? DIM : null;
    }

    /**
     * A cell as one safe line: line breaks and tabs as spaces, controls as visible escapes (runs of spaces are
     * kept: bars are drawn with them).
     */
    private static String clean(String cell) {
        return TerminalText.line(cell);
    }

    /** {@code text} cut to {@code width} terminal columns, ending in an ellipsis when cut. */
    static String fit(String text, int width) {
        return TerminalText.fit(text, width);
    }

    /** Terminal columns of {@code text}. */
    static int length(String text) {
        return TerminalText.width(text);
    }
}
