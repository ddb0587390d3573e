package dev.timeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences, by hand: a sentence ends at {@code . ! ?} (and any closing quote or bracket after
 * it) followed by space and a capital, a digit or an opening quote, unless the word before is an abbreviation
 * ("Mr.", "Jan.", "U.S.") or an initial; a line break that leaves a blank line or ends a short line ends one too.
 * A citation in brackets after the full stop ("defending.” (, March 23).") stays with the sentence it closes.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof",
            "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "adm", "maj", "rev", "hon", "pres", "inc",
            "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mt", "ft", "vol", "fig", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "etc");

    private Sentences() {
    }

    /** Sentence spans as char offsets {@code [start, end)}, trimmed of surrounding space; never empty. */
    static List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                int j = i + 1;
                while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                    j++;
                }
                boolean blank = j < n && text.charAt(j) == '\n';
                if (blank || j >= n || lineLooksComplete(text, start, i)) {
                    add(text, start, i, out);
                    start = i + 1;
                }
                continue;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < n && "\"'”’)]".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            int next = end;
            while (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            if (next == end || next >= n) {
                continue; // no space after: 3.5, U.S.A, or the end of the text
            }
            char after = text.charAt(next);
            boolean starts = Character.isUpperCase(after) || Character.isDigit(after) || "\"“‘'".indexOf(after) >= 0;
            if (!starts || c == '.' && abbreviation(text, i)) {
                continue;
            }
            add(text, start, end, out);
            start = end;
        }
        add(text, start, n, out);
        return out;
    }

    /** A line ending in a full stop, or a short heading line, ends its sentence at the line break. */
    private static boolean lineLooksComplete(String text, int start, int nl) {
        int e = nl;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e == start) {
            return true;
        }
        char last = text.charAt(e - 1);
        return ".!?:\"”)".indexOf(last) >= 0 || e - start < 80;
    }

    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(s))) {
            return true; // an initial: "John F. Kennedy"
        }
        return ABBREVIATIONS.contains(word) || word.contains(".");
    }

    private static void add(String text, int start, int end, List<int[]> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }
}
