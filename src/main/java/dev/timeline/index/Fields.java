package dev.timeline.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of one delimited record (RFC 4180 CSV with quotes, or plain tab-separated), split in place over the
 * record's bytes: nothing is decoded until a field is asked for. One instance per thread, reused.
 */
final class Fields {

    private byte[] bytes;
    private int count;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] escaped = new boolean[64];

    int count() {
        return count;
    }

    /** Splits an RFC 4180 record: {@code ,} between fields, {@code "} around a field, {@code ""} inside one. */
    Fields csv(byte[] b, int from, int to) throws BadRow {
        bytes = b;
        count = 0;
        int p = from;
        while (true) {
            if (p < to && b[p] == '"') {
                int s = p + 1;
                boolean doubled = false;
                int q = s;
                while (true) {
                    q = Bytes.indexOf(b, q, to, (byte) '"');
                    if (q < 0) {
                        throw new BadRow("a quoted field is not closed; expected a '\"' before the end of the record",
                                p - from + 1);
                    }
                    if (q + 1 < to && b[q + 1] == '"') {
                        doubled = true;
                        q += 2;
                        continue;
                    }
                    break;
                }
                add(s, q, doubled);
                p = q + 1;
                if (p < to && b[p] != ',') {
                    throw new BadRow("unexpected text after a closing quote; expected ',' or the end of the record",
                            p - from + 1);
                }
            } else {
                int q = p;
                while (q < to && b[q] != ',') {
                    q++;
                }
                add(p, q, false);
                p = q;
            }
            if (p >= to) {
                return this;
            }
            p++; // the comma
            if (p == to) {
                add(p, p, false);
                return this;
            }
        }
    }

    /** Splits a tab-separated record with no quoting (GDELT). */
    Fields tabs(byte[] b, int from, int to) {
        bytes = b;
        count = 0;
        int s = from;
        for (int p = from; p < to; p++) {
            if (b[p] == '\t') {
                add(s, p, false);
                s = p + 1;
            }
        }
        add(s, to, false);
        return this;
    }

    private void add(int start, int end, boolean doubled) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            escaped = Arrays.copyOf(escaped, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        escaped[count] = doubled;
        count++;
    }

    /** Field {@code i} as text, "" when empty; null when {@code i} is negative or past the last field. */
    String get(int i) {
        if (i < 0 || i >= count) {
            return null;
        }
        String text = new String(bytes, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        return escaped[i] ? text.replace("\"\"", "\"") : text;
    }

    /** Field {@code i} trimmed, or null when it is missing or blank. */
    String text(int i) {
        return text(get(i));
    }

    /** {@code cell} trimmed ({@link String#strip}), or null when it is null or blank. */
    static String text(String cell) {
        if (cell == null) {
            return null;
        }
        String text = cell.strip();
        return text.isEmpty() ? null : text;
    }

    /** The first of {@code columns} whose field has text ({@link #text}), or null when none has. */
    String first(int... columns) {
        for (int column : columns) {
            String text = text(column);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /**
     * Refuses a record whose field count is not the header's.
     *
     * @param fields how the fields are named in the message: "fields", "tab-separated fields"
     */
    void checkWidth(int width, String fields) throws BadRow {
        if (count != width) {
            throw new BadRow("the record has " + count + " " + fields + "; expected " + width + " as in the header");
        }
    }

    /** A header's column names (trimmed, lower case) to their positions, the first of a repeated name winning. */
    static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            at.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return at;
    }

    /** Whether field {@code i} held a doubled quote, so that its bytes are not its text. */
    boolean escaped(int i) {
        return escaped[i];
    }

    boolean isEmpty(int i) {
        return i < 0 || i >= count || starts[i] == ends[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    byte[] bytes() {
        return bytes;
    }
}
