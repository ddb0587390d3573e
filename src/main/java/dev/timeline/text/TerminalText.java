package dev.timeline.text;

import org.jline.utils.WCWidth;

/**
 * The one sanitiser for text from data that is printed for a person, and the one measure of how wide such text is
 * on a terminal.
 *
 * <p>A title or a name in a data file can hold bytes a terminal obeys instead of showing: ESC starts a control
 * sequence (clear the screen, set the window title, leave the terminal red), BEL rings, NUL and the other C0 and
 * C1 controls do what the terminal likes, DEL erases, and the bidi overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) reorder what follows so that a line reads other than it is. Each of them is shown instead as a
 * visible escape — {@code \e} for ESC, {@code \x07} for the other C0 controls and DEL, {@code \u0085} for C1
 * controls and bidi controls, {@code \uD800} for a lone surrogate — so that the reader sees that it is there and
 * the terminal never receives it. Machine formats (CSV, JSON, iCalendar, ...) keep their own escaping and do not
 * use this class.
 *
 * <p>Widths are terminal columns, from JLine's {@link WCWidth} (the Unicode East Asian Width and emoji tables):
 * a CJK character or an emoji takes two columns, a combining mark none, and a grapheme cluster (an emoji with a
 * skin tone and a zero-width joiner, a letter with its accents) is measured and cut as one.
 */
public final class TerminalText {

    private static final String ELLIPSIS = "…";

    private TerminalText() {
    }

    /** True when {@code c} must not reach a terminal raw: a C0 or C1 control, DEL, a bidi control or a surrogate. */
    public static boolean isUnsafe(int c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
    }

    /** The visible escape shown for {@code c}: {@code \e}, {@code \x07}, {@code \u202E}. */
    public static String escapeOf(int c) {
        if (c == 0x1b) {
            return "\\e";
        }
        if (c <= 0x7f) {
            return String.format("\\x%02X", c);
        }
        return String.format("\\u%04X", c);
    }

    /**
     * {@code text} with every unsafe character (see {@link #isUnsafe}) shown as its escape, except line feeds and
     * tabs, which are kept for the caller to lay out ({@code \r\n} becomes {@code \n}). Null gives "".
     */
    public static String escape(String text) {
        return clean(text, false);
    }

    /**
     * {@code text} made one line: line breaks ({@code \r\n}, {@code \n}, {@code \r}, vertical tab, form feed,
     * U+0085, U+2028, U+2029) and tabs become single spaces, every other unsafe character its escape. Null
     * gives "".
     */
    public static String line(String text) {
        return clean(text, true);
    }

    private static String clean(String text, boolean oneLine) {
        if (text == null) {
            return "";
        }
        if (isSafe(text, oneLine)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                continue; // the \n that follows stands for both
            }
            if (c == '\n' || c == '\t') {
                out.append(oneLine ? ' ' : (char) c);
            } else if (oneLine && (c == '\r' || c == 0x0b || c == '\f' || c == 0x85 || c == 0x2028 || c == 0x2029)) {
                out.append(' ');
            } else if (isUnsafe(c)) {
                out.append(escapeOf(c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static boolean isSafe(String text, boolean oneLine) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean layout = c == '\n' || c == '\t';
            if (layout ? oneLine : isUnsafe(c) || oneLine && (c == 0x2028 || c == 0x2029)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first unsafe character of {@code text} as {@code {index, codePoint}}, or null when there is none (line
     * feeds and tabs count as safe: they are laid out, not obeyed).
     */
    public static int[] firstUnsafe(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isUnsafe(c) && c != '\n' && c != '\t' && c != '\r') {
                return new int[] {i, c};
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /** The columns {@code text} takes on a terminal; an unsafe character counts as the escape it is shown as. */
    public static int width(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int n = clusterLength(text, i);
            columns += clusterWidth(text, i, n);
            i += n;
        }
        return columns;
    }

    /**
     * {@code text} cut to at most {@code columns} terminal columns, ending in an ellipsis when cut; a grapheme
     * cluster is never split and a wide character that would straddle the edge is left out.
     */
    public static String fit(String text, int columns) {
        if (width(text) <= columns) {
            return text;
        }
        int room = Math.max(0, columns - 1);
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int n = clusterLength(text, end);
            int w = clusterWidth(text, end, n);
            if (used + w > room) {
                break;
            }
            used += w;
            end += n;
        }
        return columns <= 0 ? "" : text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** {@code text} followed by spaces up to {@code columns} terminal columns. */
    public static String pad(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - width(text)));
    }

    private static int clusterLength(String text, int at) {
        int c = text.codePointAt(at);
        if (c < 0x300 && (at + 1 >= text.length() || text.charAt(at + 1) < 0x300)) {
            return Character.charCount(c); // ASCII and Latin: no cluster to find
        }
        return Math.max(1, WCWidth.charCountForGraphemeCluster(text, at));
    }

    private static int clusterWidth(String text, int at, int length) {
        int c = text.codePointAt(at);
        if (isUnsafe(c)) {
            return escapeOf(c).length();
        }
        if (length == Character.charCount(c)) {
            return Math.max(0, WCWidth.wcwidth(c));
        }
        return Math.max(0, WCWidth.wcwidthForGraphemeCluster(text, at));
    }
}
