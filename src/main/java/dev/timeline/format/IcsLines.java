package dev.timeline.format;

import java.io.IOException;
import java.io.Writer;

/**
 * RFC 5545 content lines: escaping of TEXT values (section 3.3.11) and folding of long lines (section 3.1).
 * Lines end in CRLF; a line longer than 75 octets of UTF-8 continues on the next line after one space, and a fold
 * never falls inside a character (so never inside a multi-byte UTF-8 sequence or a surrogate pair).
 */
final class IcsLines {

    /** The longest a physical line may be, in octets, not counting its CRLF. */
    static final int MAX_OCTETS = 75;

    private IcsLines() {
    }

    /**
     * {@code text} as an RFC 5545 TEXT value: {@code \} {@code ;} {@code ,} escaped with a backslash, every line
     * break (CRLF, LF or a lone CR) as {@code \n}. TEXT cannot hold control characters other than HTAB (C1 controls
     * and the bidi overrides and isolates, which would reorder what a calendar shows, go the same way), nor can
     * UTF-8 hold a lone surrogate: each of those becomes U+FFFD, so that nothing disappears unseen.
     *
     * @param text the value, not null
     * @return the escaped value, not null
     */
    static String escapeText(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    b.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\t' -> b.append(c);
                default -> {
                    if (c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e
                            || c >= 0x2066 && c <= 0x2069) {
                        b.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Writes {@code line} (a whole content line, without its line end) folded at {@link #MAX_OCTETS} octets,
     * ending every physical line in CRLF. Unfolding (removing each CRLF and the one space after it) gives back
     * {@code line} exactly.
     *
     * @param out  where to write, not closed
     * @param line the unfolded content line, not null
     * @throws IOException when {@code out} fails
     */
    static void write(Writer out, String line) throws IOException {
        int start = 0;
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.write(line, start, i - start);
                out.write("\r\n ");
                start = i;
                octets = 1;
            }
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.write(line, start, line.length() - start);
        out.write("\r\n");
    }

    /** Octets of {@code codePoint} in UTF-8; a lone surrogate counts 3, the most an encoder writes for one. */
    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
