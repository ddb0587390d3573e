package dev.timeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the temporal expressions of a text and normalises them against the publication date.
 *
 * <p>The rules ({@link Rules}) are regular expressions over the text, each tried only where a word it can start
 * with begins (a month name, a digit, "last"...), so a text is read once and most positions cost a map look-up.
 * Where candidates overlap the longest (then the earliest) wins; then modifiers are taken in ("early", "the end
 * of") and ranges are read across neighbours ("since 1991", "between March 1 and 5").
 *
 * <p>Thread-safe and reusable: all state of a run is local to {@link #tag}.
 */
public final class TemporalTagger {

    private static final Pattern MODIFIER = Pattern.compile(
            "(?i)(?:(?:\\bthe\\s+)?\\b(?:early|late|mid)[-\\s]+|(?<!-)\\b(?:earlier|later)\\s+|\\b(?:the\\s+(?:end|beginning|start|middle|close|turn|rest)\\s+of"
                    + "|the\\s+(?:first|second|last|latter)\\s+(?:half|part)\\s+of|end\\s+of)[-\\s]+)$");
    private static final Pattern DAY_WORD = Pattern.compile("(?i)(?:today|yesterday|tomorrow|tonight|monday|tuesday|"
            + "wednesday|thursday|friday|saturday|sunday)\\b.*");
    private static final Pattern SINCE = Pattern.compile("(?i)\\b(?:since|from|starting(?:\\s+in)?|beginning(?:\\s+in)?)\\s+(?:the\\s+)?$");
    private static final Pattern UNTIL = Pattern.compile("(?i)\\b(?:until|till|through|up\\s+to|before)\\s+(?:the\\s+)?$");
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(?:between|from)\\s+$");
    private static final Pattern RANGE_JOIN = Pattern.compile("(?i)\\s*(?:-|–|—|to|through|until|and)\\s*");

    /** Only calendar values reach the range reading, which need no publication date. */
    private static final Anchor NO_ANCHOR = new Anchor(2000, 0, 0);

    private final Map<String, int[]> byTrigger = new HashMap<>();
    private final List<Rules.Rule> rules;
    private final int longestTrigger;

    public TemporalTagger() {
        rules = Rules.all();
        Map<String, List<Integer>> lists = new HashMap<>();
        int longest = 1;
        for (int r = 0; r < rules.size(); r++) {
            for (String trigger : rules.get(r).triggers()) {
                lists.computeIfAbsent(trigger, k -> new ArrayList<>()).add(r);
                longest = Math.max(longest, trigger.length());
            }
        }
        lists.forEach((k, v) -> byTrigger.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        longestTrigger = longest;
    }

    /**
     * The temporal expressions of {@code text}, in text order, none overlapping.
     *
     * @param text   the text; offsets in the result are code points into it
     * @param anchor the publication date relative expressions are resolved against
     */
    public List<Timex> tag(String text, Anchor anchor) {
        Context ctx = new Context(text, new Calendar(anchor));
        List<Found> found = new ArrayList<>();
        Matcher[] matchers = new Matcher[rules.size()];
        char[] word = new char[longestTrigger];
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '\'') {
                continue;
            }
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            String key = key(text, i, word);
            if (key == null) {
                continue;
            }
            int[] candidates = byTrigger.get(key);
            if (candidates == null) {
                continue;
            }
            for (int r : candidates) {
                Matcher m = matchers[r];
                if (m == null) {
                    m = matchers[r] = rules.get(r).pattern().matcher(text).useTransparentBounds(true)
                            .useAnchoringBounds(false);
                }
                m.region(i, n);
                if (m.lookingAt()) {
                    rules.get(r).norm().apply(m, ctx, found);
                }
            }
        }
        List<Found> chosen = choose(found);
        extendModifiers(text, chosen);
        readRanges(text, chosen);
        return toTimexes(text, chosen, anchor);
    }

    /**
     * The trigger key of the word starting at {@code i}: "#" for a numeral, "'" for an apostrophe, else the word
     * in lower case; null for a word longer than every trigger (most words: no string is made for them).
     */
    private static String key(String text, int i, char[] word) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
            return "#";
        }
        if (c == '\'') {
            return i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)) ? "'" : null;
        }
        int len = 0;
        for (int end = i; end < text.length(); end++) {
            char ch = text.charAt(end);
            if (ch >= 'a' && ch <= 'z') {
                // as is
            } else if (ch >= 'A' && ch <= 'Z') {
                ch = (char) (ch + ('a' - 'A'));
            } else if (Character.isLetter(ch)) {
                return null; // triggers are ASCII words
            } else {
                break;
            }
            if (len == word.length) {
                return null;
            }
            word[len++] = ch;
        }
        return len == 0 ? null : new String(word, 0, len);
    }

    /**
     * Longest first, then earliest; a candidate overlapping one already taken is dropped. The taken spans are
     * kept by start in a sorted map, so a text with many candidates costs n log n, not n².
     */
    private static List<Found> choose(List<Found> found) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Found f) -> f.end - f.start).reversed().thenComparingInt(f -> f.start));
        java.util.TreeMap<Integer, Found> taken = new java.util.TreeMap<>();
        for (Found f : sorted) {
            Map.Entry<Integer, Found> before = taken.floorEntry(f.start);
            if (before != null && before.getValue().end > f.start) {
                continue;
            }
            Map.Entry<Integer, Found> after = taken.ceilingEntry(f.start);
            if (after != null && after.getKey() < f.end) {
                continue;
            }
            taken.put(f.start, f);
        }
        return new ArrayList<>(taken.values());
    }

    /** "early", "mid-", "the end of" before a date or time belong to the expression (the value keeps its precision). */
    private static void extendModifiers(String text, List<Found> chosen) {
        for (int k = 0; k < chosen.size(); k++) {
            Found f = chosen.get(k);
            if (f.type == TimexType.SET || f.value.endsWith("_REF")) {
                continue;
            }
            int floor = k == 0 ? 0 : chosen.get(k - 1).end;
            int from = Math.max(floor, f.start - 40);
            Matcher m = MODIFIER.matcher(text).region(from, f.start);
            if (m.find()) {
                String word = m.group().strip().toLowerCase(Locale.ROOT);
                boolean relative = word.startsWith("earlier") || word.startsWith("later");
                if (!(relative && DAY_WORD.matcher(text).region(f.start, f.end).matches())) {
                    f.start = m.start(); // "earlier Friday" is Friday: the modifier says when in the narrative
                }
            }
        }
    }

    /** Open and closed ranges: "since 1991" is 1991/.., "until 2020" ../2020, "between March 1 and 5" one span. */
    private static void readRanges(String text, List<Found> chosen) {
        for (int k = 0; k < chosen.size(); k++) {
            Found f = chosen.get(k);
            if (f.type != TimexType.DATE || f.edtf != null || f.value.endsWith("_REF")) {
                continue;
            }
            String before = text.substring(Math.max(0, f.start - 20), f.start);
            Found next = k + 1 < chosen.size() ? chosen.get(k + 1) : null;
            if (next != null && next.type == TimexType.DATE && next.edtf == null
                    && RANGE_JOIN.matcher(text).region(f.end, next.start).matches()
                    && (BETWEEN.matcher(before).find() || !text.substring(f.end, next.start).contains("and"))) {
                String from = Edtf.bound(Edtf.of(f.type, f.value, NO_ANCHOR), true);
                String to = Edtf.bound(Edtf.of(next.type, next.value, NO_ANCHOR), false);
                if (from != null && to != null && from.compareTo(to) < 0) {
                    f.edtf = from + "/" + to;
                    next.edtf = f.edtf;
                    k++;
                    continue;
                }
            }
            if (SINCE.matcher(before).find()) {
                String e = Edtf.bound(Edtf.of(f.type, f.value, NO_ANCHOR), true);
                if (e != null) {
                    f.edtf = e + "/..";
                }
            } else if (UNTIL.matcher(before).find()) {
                String e = Edtf.bound(Edtf.of(f.type, f.value, NO_ANCHOR), false);
                if (e != null) {
                    f.edtf = "../" + e;
                }
            }
        }
    }

    private static List<Timex> toTimexes(String text, List<Found> chosen, Anchor anchor) {
        List<Timex> out = new ArrayList<>(chosen.size());
        int charPos = 0;
        int cpPos = 0;
        for (Found f : chosen) {
            cpPos += text.codePointCount(charPos, f.start);
            charPos = f.start;
            int cpEnd = cpPos + text.codePointCount(f.start, f.end);
            String edtf = f.edtf != null ? f.edtf : Edtf.of(f.type, f.value, anchor);
            out.add(new Timex(cpPos, cpEnd, text.substring(f.start, f.end), f.type, f.value, edtf));
        }
        return out;
    }

    /** A candidate: char offsets (end exclusive), type, value, and an EDTF when the rule knows better than the value. */
    static final class Found {
        int start;
        final int end;
        final TimexType type;
        final String value;
        String edtf;

        Found(int start, int end, TimexType type, String value, String edtf) {
            this.start = start;
            this.end = end;
            this.type = type;
            this.value = value;
            this.edtf = edtf;
        }
    }

    /** What a rule may ask about the text around a match: the calendar, and whether the sentence speaks of the future. */
    static final class Context {
        private static final Pattern FUTURE = Pattern.compile(
                "(?i)\\b(?:will|won't|shall|'ll|going\\s+to|plans?\\s+to|expects?\\s+to|expected\\s+to|scheduled"
                        + "|due\\s+to|set\\s+to|is\\s+to|are\\s+to|intends?\\s+to)\\b");
        private static final Pattern FUTURE_NEAR = Pattern.compile(
                "(?i)\\b(?:will|won't|shall|'ll|going\\s+to|plans?\\s+to|planned|planning|expects?\\s+to|expected\\s+to"
                        + "|scheduled|set\\s+to|is\\s+to|are\\s+to|intends?\\s+to|ready\\s+to)\\b");
        private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:said|says|announced|told|reported|"
                + "predicted|added|stated|declared|disclosed|confirmed|warned)\\s+(?:on\\s+)?$");
        final String text;
        final Calendar cal;

        Context(String text, Calendar cal) {
            this.text = text;
            this.cal = cal;
        }

        /** True when the sentence holding {@code pos} speaks of what is to come (a modal or future marker in it). */
        boolean future(int pos) {
            int from = pos;
            int limit = Math.max(0, pos - 160);
            while (from > limit && !sentenceEnd(from - 1)) {
                from--;
            }
            int to = pos;
            int stop = Math.min(text.length(), pos + 80);
            while (to < stop && !sentenceEnd(to)) {
                to++;
            }
            return FUTURE.matcher(text).region(from, to).find();
        }

        /**
         * True when the clause holding {@code pos} (bounded by commas, semicolons, quotes and sentence ends) speaks
         * of what is to come: for a weekday, where the nearest verb decides ("they said Monday they will appeal").
         */
        boolean futureNear(int pos) {
            if (REPORTED.matcher(text).region(Math.max(0, pos - 30), pos).find()) {
                return false; // "said Monday that it will bid": the day of the saying
            }
            int from = pos;
            int limit = Math.max(0, pos - 100);
            while (from > limit && !clauseEnd(from - 1)) {
                from--;
            }
            int to = pos;
            int stop = Math.min(text.length(), pos + 60);
            while (to < stop && !clauseEnd(to)) {
                to++;
            }
            return FUTURE_NEAR.matcher(text).region(from, to).find();
        }

        private boolean clauseEnd(int i) {
            char c = text.charAt(i);
            return c == ',' || c == ';' || c == ':' || c == '"' || c == '`' || c == '\'' && i + 1 < text.length()
                    && text.charAt(i + 1) == '\'' || c == '“' || c == '”' || sentenceEnd(i);
        }

        private boolean sentenceEnd(int i) {
            char c = text.charAt(i);
            return c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)));
        }

        /** The text just before {@code pos}, up to {@code n} chars. */
        String before(int pos, int n) {
            return text.substring(Math.max(0, pos - n), pos);
        }

        /** The text just after {@code pos}, up to {@code n} chars. */
        String after(int pos, int n) {
            return text.substring(pos, Math.min(text.length(), pos + n));
        }
    }
}
