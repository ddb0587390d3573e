package dev.timeline.format;

import java.io.IOException;
import java.io.Writer;

/**
 * RFC 4180 rows written through one char buffer: cells separated by commas, rows ended by CRLF, a cell quoted only
 * when it holds a comma, a double quote, CR or LF, and a double quote inside a quoted cell doubled. The bytes are
 * those jackson-dataformat-csv writes with {@code STRICT_CHECK_FOR_QUOTING} (CsvRowsTest compares the two on random
 * cells); written by hand because that generator's layers of schema, context and encoder cost more in a short run
 * than the rows themselves.
 */
final class CsvRows {
    private final Writer out;
    private final char[] buffer = new char[8192];
    private int used;

    CsvRows(Writer out) {
        this.out = out;
    }

    /** Writes one row of {@code cells} (null written as empty). */
    void row(String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                put(',');
            }
            cell(cells[i] == null ? "" : cells[i]);
        }
        if (used + 2 > buffer.length) {
            flushBuffer(); // a row's CRLF reaches the writer in one piece (a terminal's escaping sees the pair)
        }
        buffer[used++] = '\r';
        buffer[used++] = '\n';
    }

    private void cell(String value) throws IOException {
        int length = value.length();
        if (3 * length + 2 > buffer.length) {
            longCell(value);
            return;
        }
        if (used + 3 * length + 2 > buffer.length) {
            flushBuffer(); // room to quote it too (quoteCopied)
        }
        // copy first, then look: most cells need no quotes, and then the copy is all
        value.getChars(0, length, buffer, used);
        int end = used + length;
        for (int i = used; i < end; i++) {
            char c = buffer[i];
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                quoteCopied(length);
                return;
            }
        }
        used = end;
    }

    /**
     * Quotes the cell just copied to {@code buffer[used, used + length)}, with room after it for the worst case:
     * its characters move to the far end of that room, then come back quoted (array loops, no call per
     * character: this runs interpreted at first).
     */
    private void quoteCopied(int length) {
        char[] out = buffer;
        int from = used + length + 2; // the copy moves here: quoting never writes past what it has read
        System.arraycopy(out, used, out, from, length);
        int at = used;
        out[at++] = '"';
        for (int i = from; i < from + length; i++) {
            char c = out[i];
            if (c == '"') {
                out[at++] = '"';
            }
            out[at++] = c;
        }
        out[at++] = '"';
        used = at;
    }

    /** A cell longer than the buffer: looked at first, then written a character at a time. */
    private void longCell(String value) throws IOException {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            for (int i = 0; i < value.length(); i++) {
                put(value.charAt(i));
            }
            return;
        }
        quoted(value);
    }

    private void quoted(String value) throws IOException {
        int length = value.length();
        if (used + 2 * length + 2 <= buffer.length) {
            // room for the worst case: a loop without a call per character (it runs interpreted at first)
            char[] out = buffer;
            int at = used;
            out[at++] = '"';
            for (int i = 0; i < length; i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    out[at++] = '"';
                }
                out[at++] = c;
            }
            out[at++] = '"';
            used = at;
            return;
        }
        put('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                put('"');
            }
            put(c);
        }
        put('"');
    }

    private void put(char c) throws IOException {
        if (used == buffer.length) {
            flushBuffer();
        }
        buffer[used++] = c;
    }

    private void flushBuffer() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    /** Hands what is buffered to the writer, and flushes it. */
    void flush() throws IOException {
        flushBuffer();
        out.flush();
    }
}
