package dev.timeline.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Matching names the way people type them: ignoring case, accents and punctuation; suggesting near misses. */
public final class Names {

    private Names() {
    }

    /**
     * The form names are compared in: accents removed, lower case, every run of characters other than letters and
     * digits turned into one space, trimmed. {@code "Amir-Abdollahian"} and {@code "amir abdollahian"} agree.
     */
    public static String normalize(String name) {
        // plain ASCII needs no decomposition: skip the Normalizer (most names of big files; start-up matters)
        boolean ascii = true;
        for (int i = 0; i < name.length() && ascii; i++) {
            ascii = name.charAt(i) < 0x80;
        }
        String decomposed = ascii ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else {
                space = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@link #normalize normalize(name)} is {@code normal}, without building it when {@code name} is plain
     * ASCII (most names; a resolver asks this of every actor of a big input's dictionary, and most differ at once).
     */
    public static boolean normalizesTo(String name, String normal) {
        int length = normal.length();
        int j = 0;
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return normalize(name).equals(normal);
            }
            boolean upper = c >= 'A' && c <= 'Z';
            if (!(upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                space = true;
                continue;
            }
            if (space && j > 0) {
                if (j >= length || normal.charAt(j) != ' ') {
                    return false;
                }
                j++;
            }
            space = false;
            if (j >= length || normal.charAt(j) != (upper ? (char) (c + ('a' - 'A')) : c)) {
                return false;
            }
            j++;
        }
        return j == length;
    }

    /**
     * The id an actor known only by its name gets in big inputs: its {@link #normalize normalised} form with
     * hyphens for spaces ({@code "Military Forces of Iran (1989-)"} is {@code military-forces-of-iran-1989}).
     * Two spellings that normalise alike share an id. A name with no letter or digit gives {@code "unnamed"}.
     */
    public static String slug(String name) {
        String normal = normalize(name);
        return normal.isEmpty() ? "unnamed" : normal.replace(' ', '-');
    }

    /**
     * Up to {@code max} of {@code known} closest to {@code typed} (edit distance on normalised forms, or a
     * shared prefix), best first; empty when nothing is reasonably close.
     */
    public static List<String> closest(String typed, Collection<String> known, int max) {
        String wanted = normalize(typed);
        List<String> wantedWords = List.of(wanted.split(" "));
        Map<String, Integer> scores = new TreeMap<>();
        for (String candidate : known) {
            String form = normalize(candidate);
            int distance = distance(wanted, form);
            boolean prefix = !wanted.isEmpty() && (form.startsWith(wanted) || wanted.startsWith(form));
            int allowed = Math.max(2, Math.max(wanted.length(), form.length()) / 3);
            if (distance <= allowed || prefix) {
                scores.merge(candidate, prefix ? Math.min(distance, 1) : distance, Math::min);
            } else {
                // "mp shooting" → "mp-fazil-mustafa-shot": shared words rank after every near spelling
                long shared = List.of(form.split(" ")).stream().filter(w -> !w.isEmpty() && wantedWords.contains(w))
                        .count();
                if (shared > 0) {
                    scores.merge(candidate, 1000 - (int) shared, Math::min);
                }
            }
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(max)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** " (did you mean 'a' or 'b'?)", or "" when there is nothing to suggest. */
    public static String didYouMean(String typed, Collection<String> known) {
        List<String> near = closest(typed, known, 3);
        if (near.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(" (did you mean ");
        for (int i = 0; i < near.size(); i++) {
            if (i > 0) {
                out.append(i == near.size() - 1 ? " or " : ", ");
            }
            out.append('\'').append(near.get(i)).append('\'');
        }
        return out.append("?)").toString();
    }

    /** Levenshtein distance. */
    /** The optimal string alignment distance: edits, where swapping two neighbours ("lsit", "list") is one. */
    static int distance(String a, String b) {
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
                }
            }
            int[] swap = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The names of {@code known} nearest to {@code typed}: of {@link #closest} (at most {@code max}), only those as
     * near as the nearest, so that a swapped pair of letters ("lsit") suggests "list" and not every four-letter word.
     */
    public static List<String> nearest(String typed, Collection<String> known, int max) {
        List<String> near = closest(typed, known, max);
        if (near.isEmpty()) {
            return near;
        }
        String wanted = normalize(typed);
        int best = near.stream().mapToInt(n -> distance(wanted, normalize(n))).min().orElse(0);
        return near.stream().filter(n -> distance(wanted, normalize(n)) == best).toList();
    }

}
