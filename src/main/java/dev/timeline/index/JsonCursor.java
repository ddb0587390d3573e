package dev.timeline.index;

import com.fasterxml.jackson.core.JsonParser;
import dev.timeline.index.RowFormat.MoreBytes;
import dev.timeline.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A position in one line of JSON, with just enough of a tokenizer to find fields and skip values: what
 * {@link JsonlFormat} indexes a line with, without decoding the text it skips. Positions are byte offsets into
 * {@code b}; {@code open} says whether {@code to} is the line end or only the end of the bytes read so far
 * (then running out throws {@link MoreBytes}, and the caller reads more).
 */
final class JsonCursor {
    byte[] b;
    int from;
    int to;
    /** Whether {@code to} is only the end of the bytes read so far (else it is the line end). */
    boolean open;
    int pos;

    JsonCursor(byte[] b, int from, int to, boolean open) {
        at(b, from, to, open);
    }

    /**
     * This cursor, moved to a new line: indexing keeps one per thread, since a million short-lived cursors (C1
     * does not allocate them on the stack) were a third of what a scan's young collections had to clear.
     */
    JsonCursor at(byte[] b, int from, int to, boolean open) {
        this.b = b;
        this.from = from;
        this.to = to;
        this.open = open;
        this.pos = from;
        return this;
    }

    int peek() throws BadRow, MoreBytes {
        if (pos >= to) {
            throw end();
        }
        byte x = b[pos];
        if (x == '\n') {
            throw fail("the line ends inside the JSON object");
        }
        return x;
    }

    /** Ran out of bytes: the line ended early, or (open) more must be read. */
    private BadRow end() throws MoreBytes {
        if (open) {
            throw MoreBytes.INSTANCE;
        }
        return fail("the line ends inside the JSON object");
    }

    void ws() {
        while (pos < to && (b[pos] == ' ' || b[pos] == '\t' || b[pos] == '\r')) {
            pos++;
        }
    }

    void expect(char c) throws BadRow, MoreBytes {
        if (peek() != c) {
            throw fail("expected '" + c + "' but found '" + (char) b[pos] + "'");
        }
        pos++;
    }

    /**
     * After a member of an object or an array: whether a comma follows (skipped: another member comes), else
     * expects {@code close} and skips it.
     */
    boolean more(char close) throws BadRow, MoreBytes {
        ws();
        if (peek() == ',') {
            pos++;
            return true;
        }
        expect(close);
        return false;
    }

    /** Skips a string at {@code pos}; returns the index after its closing quote. */
    int string() throws BadRow, MoreBytes {
        expect('"');
        int p = pos;
        while (true) {
            int q = Bytes.indexOfAny(b, p, to, (byte) '"', (byte) '\\', (byte) '\n');
            if (q < 0 || q + 1 >= to && b[q] == '\\') {
                pos = to;
                throw end();
            }
            if (b[q] == '"') {
                pos = q + 1;
                return pos;
            }
            if (b[q] == '\n') {
                pos = q;
                throw fail("the line ends inside a string");
            }
            p = q + 2; // a backslash escapes the next byte
        }
    }

    /** Decodes the string at {@code pos}. */
    String text() throws BadRow, MoreBytes {
        int start = pos + 1;
        int end = string() - 1;
        return decode(start, end);
    }

    /** Decodes the string whose text (without quotes) is {@code b[start, end)}. */
    String decode(int start, int end) throws BadRow {
        for (int i = start; i < end; i++) {
            if (b[i] == '\\') {
                try (JsonParser parser = Json.FACTORY.createParser(b, start - 1, end - start + 2)) {
                    parser.nextToken();
                    return parser.getText();
                } catch (IOException e) {
                    throw new BadRow("a string has a bad escape: " + e.getMessage(), start - from);
                }
            }
        }
        return new String(b, start, end - start, StandardCharsets.UTF_8);
    }

    String number() throws BadRow, MoreBytes {
        int start = pos;
        while (pos < to && (b[pos] >= '0' && b[pos] <= '9' || b[pos] == '-')) {
            pos++;
        }
        if (pos >= to) {
            throw end();
        }
        if (start == pos) {
            throw fail("'id' is not a string; expected text such as \"embassy-attack-tehran\"");
        }
        return new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
    }

    void skipValue() throws BadRow, MoreBytes {
        int c = peek();
        if (c == '"') {
            string();
            return;
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            while (pos < to) {
                byte x = b[pos];
                if (x == '"') {
                    string();
                    continue;
                }
                if (x == '\n') {
                    throw fail("the line ends inside the JSON object");
                }
                if (x == '{' || x == '[') {
                    depth++;
                } else if (x == '}' || x == ']') {
                    depth--;
                    if (depth == 0) {
                        pos++;
                        return;
                    }
                }
                pos++;
            }
            throw end();
        }
        int start = pos;
        while (pos < to && b[pos] != ',' && b[pos] != '}' && b[pos] != ']' && b[pos] != ' ' && b[pos] != '\n'
                && b[pos] != '\r') {
            pos++;
        }
        if (pos >= to) {
            throw end();
        }
        if (start == pos) {
            throw fail("expected a value but found '" + (char) c + "'");
        }
    }

    BadRow fail(String message) {
        return new BadRow("not a JSON event object: " + message, pos - from + 1);
    }
}
