package dev.timeline.index;

import java.nio.charset.StandardCharsets;

/**
 * Strict JSON (RFC 8259, valid UTF-8) read from a byte range, one token at a time, for {@link JsonlFastParse}: its
 * objects' members and arrays' elements, strings decoded, numbers as written, other values checked and skipped.
 * What it does not take (any error, a BOM, escapes in member names, bytes that are not well-formed UTF-8, values
 * near Jackson's limits) throws {@link Unsure}: the caller then leaves the record to Jackson. Its loops over bytes
 * keep to local variables and make no call per byte: they run interpreted first, in a short run most of the time.
 */
final class JsonBytes {

    /** "Ask Jackson". No stack trace: it is the way out, not an error. */
    static final class Unsure extends Exception {
        private static final long serialVersionUID = 1L;
        static final Unsure INSTANCE = new Unsure();

        private Unsure() {
            super("not read here", null, false, false);
        }
    }

    /** Far inside Jackson's limits (nesting 64, names 50,000, strings 10,000,000, numbers 1,000 characters). */
    private static final int MAX_DEPTH = 32;
    private static final int MAX_NAME = 1_000;
    private static final int MAX_STRING = 1_000_000;
    private static final int MAX_NUMBER = 100;

    private final byte[] b;
    private final int to;
    private int pos;
    /** The member name just read: {@code b[nameFrom, nameTo)}. */
    private int nameFrom;
    private int nameTo;
    /** Whether the number just read ({@link #number}) is an integer (no fraction, no exponent). */
    private boolean integer;

    JsonBytes(byte[] b, int from, int to) {
        this.b = b;
        this.to = to;
        this.pos = from;
    }

    /** The length of the member name just read (plain ASCII). */
    int nameLength() {
        return nameTo - nameFrom;
    }

    /** Byte {@code i} of the member name just read. */
    byte nameByte(int i) {
        return b[nameFrom + i];
    }

    /** Whether the member name just read is {@code key} (ASCII). */
    boolean nameIs(byte[] key) {
        if (nameTo - nameFrom != key.length) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (b[nameFrom + i] != key[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A scalar as Jackson's {@code getValueAsString} gives it: a string's text, null for null, a number or boolean
     * as written. An object or array there is not the usual shape (Jackson would read on inside it).
     */
    String text() throws Unsure {
        int c = peek();
        if (c == '"') {
            return string();
        }
        if (c == 'n') {
            literal("null");
            return null;
        }
        if (c == 't') {
            literal("true");
            return "true";
        }
        if (c == 'f') {
            literal("false");
            return "false";
        }
        if (c == '-' || c >= '0' && c <= '9') {
            return numberText();
        }
        throw Unsure.INSTANCE;
    }

    /** After an object's '{': whether a member follows (its name is read, and the colon), or '}' closes it. */
    boolean firstMember() throws Unsure {
        if (!first('}')) {
            return false;
        }
        member();
        return true;
    }

    /** After a member's value: whether another member follows (its name read), else expects {@code close}. */
    boolean nextMember(char close) throws Unsure {
        if (!next(close)) {
            return false;
        }
        member();
        return true;
    }

    /** After a '[' or '{': whether something follows (at {@link #pos}), or {@code close} closes it. */
    private boolean first(char close) throws Unsure {
        if (pos < to && b[pos] <= ' ') { // no call for no space: this runs interpreted at first
            ws();
        }
        if (at() == close) {
            pos++;
            return false;
        }
        return true;
    }

    /** After an element or a member: whether a ',' and another follow (at {@link #pos}), else expects {@code close}. */
    private boolean next(char close) throws Unsure {
        if (pos < to && b[pos] <= ' ') { // no call for no space: this runs interpreted at first
            ws();
        }
        int c = at();
        if (c == ',') {
            pos++;
            ws();
            return true;
        }
        if (c != close) {
            throw Unsure.INSTANCE;
        }
        pos++;
        return false;
    }

    /** A member's name (plain ASCII, no escapes: else Jackson decides), its colon and the space before its value. */
    private void member() throws Unsure {
        if (at() != '"') {
            throw Unsure.INSTANCE;
        }
        byte[] b = this.b;
        int start = pos + 1;
        int p = start;
        while (p < to) {
            byte c = b[p];
            if (c == '"' || c == '\\' || c < 0x20) {
                break;
            }
            p++;
        }
        if (p >= to || b[p] != '"' || p - start > MAX_NAME) {
            throw Unsure.INSTANCE;
        }
        nameFrom = start;
        nameTo = p++;
        if (p < to && b[p] == ':') { // the usual "name":value, without white space
            pos = p + 1;
        } else {
            pos = p;
            ws();
            expect(':');
        }
        if (pos < to && b[pos] <= ' ') {
            ws();
        }
    }

    /** After an array's '[': whether an element follows (at {@link #pos}), or ']' closes it. */
    boolean firstElement() throws Unsure {
        return first(']');
    }

    /** After an element: whether another follows (at {@link #pos}), else expects ']'. */
    boolean nextElement() throws Unsure {
        return next(']');
    }

    /** Checks and skips any value; {@code depth} is that of the object or array holding it. */
    void skipValue(int depth) throws Unsure {
        int c = peek();
        if (c == '{') {
            if (depth >= MAX_DEPTH) {
                throw Unsure.INSTANCE;
            }
            pos++;
            if (firstMember()) {
                do {
                    skipValue(depth + 1);
                } while (nextMember('}'));
            }
        } else if (c == '[') {
            if (depth >= MAX_DEPTH) {
                throw Unsure.INSTANCE;
            }
            pos++;
            if (firstElement()) {
                do {
                    skipValue(depth + 1);
                } while (nextElement());
            }
        } else if (c == '"') {
            skipString();
        } else {
            text();
        }
    }

    /** The number at {@link #pos} as written; {@link #integer()} then says whether it has no fraction or exponent. */
    String numberText() throws Unsure {
        int start = pos;
        number();
        return new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
    }

    /** Whether the number just read is an integer (no fraction, no exponent). */
    boolean integer() {
        return integer;
    }

    /** A JSON number at {@link #pos}: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    private void number() throws Unsure {
        int start = pos;
        if (at() == '-') {
            pos++;
        }
        int c = at();
        if (c == '0') {
            pos++;
        } else if (c >= '1' && c <= '9') {
            digits();
        } else {
            throw Unsure.INSTANCE;
        }
        integer = true;
        if (pos < to && b[pos] == '.') {
            pos++;
            digits();
            integer = false;
        }
        if (pos < to && (b[pos] == 'e' || b[pos] == 'E')) {
            pos++;
            if (at() == '+' || at() == '-') {
                pos++;
            }
            digits();
            integer = false;
        }
        if (pos - start > MAX_NUMBER) {
            throw Unsure.INSTANCE;
        }
    }

    /** One or more digits. */
    private void digits() throws Unsure {
        int c = at();
        if (c < '0' || c > '9') {
            throw Unsure.INSTANCE;
        }
        do {
            pos++;
        } while (pos < to && b[pos] >= '0' && b[pos] <= '9');
    }

    void literal(String word) throws Unsure {
        for (int i = 0; i < word.length(); i++) {
            if (at() != word.charAt(i)) {
                throw Unsure.INSTANCE;
            }
            pos++;
        }
    }

    /** Decodes the string at {@link #pos}. */
    String string() throws Unsure {
        byte[] b = this.b;
        int start = pos + 1;
        int p = start;
        // plain ASCII up to the closing quote, the usual case, in a loop of its own: it runs interpreted at first
        while (p < to) {
            byte c = b[p];
            if (c == '"' || c == '\\' || c < 0x20) { // bytes from 0x80 are negative
                break;
            }
            p++;
        }
        pos = p;
        if (at() == '"') {
            pos++;
            return new String(b, start, p - start, StandardCharsets.ISO_8859_1);
        }
        boolean ascii = true;
        while (true) {
            int c = at();
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                return escaped(start, ascii);
            }
            if (c < 0x20) {
                throw Unsure.INSTANCE;
            }
            if (c >= 0x80) {
                utf8();
                ascii = false;
            } else {
                pos++;
            }
        }
        int length = pos - start;
        pos++;
        if (length > MAX_STRING) {
            throw Unsure.INSTANCE;
        }
        return new String(b, start, length, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /**
     * The rest of a string from {@code start}, at its first backslash ({@code ascii}: whether the text before it
     * is ASCII): unescaped into UTF-8 bytes, decoded once. An escaped surrogate ({@code \\uD800}..{@code \\uDFFF}),
     * which UTF-8 cannot hold alone, goes the slower way ({@link #escapedAsChars}).
     */
    private String escaped(int start, boolean ascii) throws Unsure {
        int firstEscape = pos;
        byte[] out = new byte[to - start]; // unescaping never lengthens: an escape is as long as its UTF-8 or more
        int n = pos - start;
        System.arraycopy(b, start, out, 0, n);
        while (true) {
            int p = pos;
            while (p < to) {
                byte c = b[p];
                if (c == '"' || c == '\\' || c < 0x20) {
                    break;
                }
                p++;
            }
            System.arraycopy(b, pos, out, n, p - pos);
            n += p - pos;
            pos = p;
            int c = at();
            if (c == '"') {
                pos++;
                if (n > MAX_STRING) {
                    throw Unsure.INSTANCE;
                }
                return new String(out, 0, n, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            }
            if (c == '\\') {
                char ch = escape();
                if (ch < 0x80) {
                    out[n++] = (byte) ch;
                } else if (ch < 0x800) {
                    out[n++] = (byte) (0xc0 | ch >> 6);
                    out[n++] = (byte) (0x80 | ch & 0x3f);
                    ascii = false;
                } else if (Character.isSurrogate(ch)) {
                    pos = firstEscape;
                    return escapedAsChars(start);
                } else {
                    out[n++] = (byte) (0xe0 | ch >> 12);
                    out[n++] = (byte) (0x80 | ch >> 6 & 0x3f);
                    out[n++] = (byte) (0x80 | ch & 0x3f);
                    ascii = false;
                }
            } else if (c < 0x20) {
                throw Unsure.INSTANCE;
            } else {
                int from = pos;
                utf8();
                System.arraycopy(b, from, out, n, pos - from);
                n += pos - from;
                ascii = false;
            }
        }
    }

    /** As {@link #escaped}, through chars: for text with escaped surrogates. */
    private String escapedAsChars(int start) throws Unsure {
        StringBuilder text = new StringBuilder(Math.max(16, 2 * (pos - start)));
        int segment = start;
        while (true) {
            int c = at();
            if (c == '"' || c == '\\') {
                text.append(new String(b, segment, pos - segment, StandardCharsets.UTF_8)); // checked as read
                if (c == '"') {
                    pos++;
                    if (text.length() > MAX_STRING) {
                        throw Unsure.INSTANCE;
                    }
                    return text.toString();
                }
                text.append(escape());
                segment = pos;
            } else if (c < 0x20) {
                throw Unsure.INSTANCE;
            } else if (c >= 0x80) {
                utf8();
            } else {
                pos++;
            }
        }
    }

    /** The character the escape at {@link #pos} (a backslash) stands for. */
    private char escape() throws Unsure {
        pos++;
        int c = at();
        pos++;
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    value = value << 4 | hex(at());
                    pos++;
                }
                return (char) value;
            default:
                throw Unsure.INSTANCE;
        }
    }

    private static int hex(int c) throws Unsure {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw Unsure.INSTANCE;
    }

    private void skipString() throws Unsure {
        byte[] b = this.b;
        int start = pos + 1;
        int p = start;
        while (true) {
            while (p < to) { // plain ASCII, as in string()
                byte c = b[p];
                if (c == '"' || c == '\\' || c < 0x20) {
                    break;
                }
                p++;
            }
            pos = p;
            int c = at();
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                escape();
            } else if (c < 0x20) {
                throw Unsure.INSTANCE;
            } else {
                utf8();
            }
            p = pos;
        }
        if (pos - start > MAX_STRING) {
            throw Unsure.INSTANCE;
        }
        pos++;
    }

    /**
     * Skips the well-formed UTF-8 sequence at {@link #pos} (no overlong form, no surrogate, at most U+10FFFF), which
     * Jackson and the JDK decode alike; anything else is left to Jackson.
     */
    private void utf8() throws Unsure {
        int c = b[pos] & 0xff;
        int more;
        int low = 0x80;
        int high = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            more = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            more = 2;
            if (c == 0xe0) {
                low = 0xa0;
            } else if (c == 0xed) {
                high = 0x9f;
            }
        } else if (c >= 0xf0 && c <= 0xf4) {
            more = 3;
            if (c == 0xf0) {
                low = 0x90;
            } else if (c == 0xf4) {
                high = 0x8f;
            }
        } else {
            throw Unsure.INSTANCE;
        }
        if (pos + more >= to) {
            throw Unsure.INSTANCE;
        }
        int second = b[pos + 1] & 0xff;
        if (second < low || second > high) {
            throw Unsure.INSTANCE;
        }
        for (int k = 2; k <= more; k++) {
            int next = b[pos + k] & 0xff;
            if (next < 0x80 || next > 0xbf) {
                throw Unsure.INSTANCE;
            }
        }
        pos += more + 1;
    }

    /** JSON's white space: space, tab, LF, CR. */
    void ws() {
        while (pos < to) {
            byte c = b[pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    void expect(char c) throws Unsure {
        if (at() != c) {
            throw Unsure.INSTANCE;
        }
        pos++;
    }

    /** The byte at {@link #pos}, unsigned; running out of bytes is not the usual shape. */
    private int at() throws Unsure {
        if (pos >= to) {
            throw Unsure.INSTANCE;
        }
        return b[pos] & 0xff;
    }

    int peek() throws Unsure {
        return at();
    }
}
