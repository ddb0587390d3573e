package dev.timeline.extract;

import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.EventType;
import dev.timeline.model.Names;
import dev.timeline.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * From a text to draft events: the temporal expressions ({@link TemporalTagger}), the citations
 * ({@link Citations}), and for each sentence that dates something a draft per date, with the actors the sentence
 * names and the reports it cites.
 *
 * <p>A sentence's dates come from its own expressions (not those inside a citation). When it gives no date of a
 * day, month or year, or when a clause of it ("when Azerbaijan shut down its embassy") carries none, the event
 * is dated by the cited report with {@code ~}: known only from the report's date, as the curated dataset does.
 */
public final class Extractor {

    private static final Pattern CLAUSE = Pattern.compile("(?i)(?:,\\s*|\\s)(?=(?:when|after|following|before|while|"
            + "until|whereupon)\\b)|;\\s");
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:(?:when|after|following|before|while|until|"
            + "whereupon|although|however|nevertheless|consequently|as\\s+such|as\\s+a\\s+result|for\\s+example|"
            + "in\\s+response|in\\s+truth|overall|hence|thus|meanwhile|moreover|in\\s+this\\s+regard)\\b,?\\s*)+");
    private static final Pattern PROPER = Pattern.compile(
            "\\p{Lu}[\\p{L}’'\\-]+(?:\\s+(?:of\\s+|the\\s+|al-|bin\\s+)?\\p{Lu}[\\p{L}’'\\-]+)+");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "On", "In", "At", "For", "As", "Since",
            "Although", "However", "But", "And", "Of", "To", "This", "That", "These", "Those", "It", "Its", "If",
            "When", "While", "After", "Before", "Unlike", "Overall", "Hence", "Consequently", "Nevertheless",
            "Undoubtedly", "Iran’s", "Leave", "Your", "Required", "Publication", "Volume", "Issue", "Mr", "Mrs",
            "Ms", "President", "Minister", "Secretary", "Foreign", "Prime", "Last", "Next");
    private static final Pattern TARGET_BEFORE = Pattern.compile(
            "(?i)\\b(?:against|at|on|toward|towards|targeting|intimidate|accused|blamed|expelled|attacked)\\s+(?:the\\s+)?(?:\\S+\\s+){0,1}$");
    private static final Pattern PASSIVE = Pattern.compile(
            "(?i)\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:\\w+ly\\s+)?(?:\\w+ed|shot|hit|struck|gunned|killed|taken|held)\\b");
    private static final Pattern AGENT_BEFORE = Pattern.compile("(?i)\\b(?:by|from)\\s+(?:the\\s+)?(?:\\S+\\s+){0,1}$");
    private static final Pattern MENTION_BEFORE = Pattern.compile("(?i)\\b(?:of|with|in|to|about)\\s+(?:the\\s+)?(?:\\S+\\s+){0,1}$");
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(?:in|into|to|from|near|across|throughout|via|inside)\\s+(?:the\\s+)?$");

    private static final Pattern COINCIDED = Pattern.compile(
            "(?i)\\b(?:coincided|coincides|coinciding)\\s+with\\s+|\\b(?:on\\s+)?the\\s+same\\s+day\\s+as\\s+");

    /** How far back (in drafts) a "coincided with" looks for the event it names: the same passage, not the text. */
    private static final int NEARBY_DRAFTS = 40;

    private final TemporalTagger tagger;
    private final ActorMatcher actors;

    /**
     * @param known the actors to resolve names against (an actors dataset's), possibly empty
     */
    public Extractor(List<Actor> known) {
        this(new TemporalTagger(), known);
    }

    public Extractor(TemporalTagger tagger, List<Actor> known) {
        this.tagger = tagger;
        this.actors = new ActorMatcher(known);
    }

    public TemporalTagger tagger() {
        return tagger;
    }

    /** Everything the text dates and cites, with drafts, resolved against the article's publication date. */
    public Extraction extract(String text, Article article) {
        Anchor anchor = article.published();
        List<Timex> timexes = tagger.tag(text, anchor);
        List<Citation> citations = Citations.find(text, anchor, tagger);
        Offsets at = new Offsets(text);
        List<Draft> drafts = new ArrayList<>();
        Map<String, DraftActor> proposed = new LinkedHashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        int ti = 0;
        int ci = 0;
        for (int[] s : Sentences.split(text)) {
            int cs = at.cp(s[0]);
            int ce = at.cp(s[1]);
            List<Citation> cited = new ArrayList<>();
            while (ci < citations.size() && citations.get(ci).start() < ce) {
                if (citations.get(ci).start() >= cs) {
                    cited.add(citations.get(ci));
                }
                ci++;
            }
            List<Timex> dated = new ArrayList<>();
            while (ti < timexes.size() && timexes.get(ti).start() < ce) {
                Timex t = timexes.get(ti++);
                if (t.start() >= cs && usable(t) && cited.stream().noneMatch(c -> c.start() <= t.start()
                        && t.end() <= c.end())) {
                    dated.add(t);
                }
            }
            if (dated.isEmpty() && cited.isEmpty()) {
                Draft earlier = coincident(text, s, drafts);
                if (earlier != null) {
                    String date = earlier.date().endsWith("~") ? earlier.date() : earlier.date() + "~";
                    draftAt(text, s, at, date, drafts, proposed, ids);
                }
                continue;
            }
            draftSentence(text, s, at, dated, cited, drafts, proposed, ids);
        }
        return new Extraction(article, timexes, citations, drafts, new ArrayList<>(proposed.values()));
    }

    /**
     * For a sentence that states no date but that something "coincided with" an earlier event, the earlier draft
     * (dated by its own text) that event is: one whose sentence shares a word stem with what follows "coincided
     * with" ("the inauguration of the embassy in Tel Aviv" and "inaugurated its first embassy in Tel Aviv") and a
     * proper name. Null when there is no such phrase or no such draft.
     */
    private static Draft coincident(String text, int[] s, List<Draft> drafts) {
        Matcher m = COINCIDED.matcher(text).region(s[0], s[1]);
        if (!m.find()) {
            return null;
        }
        String phrase = text.substring(m.end(), Math.min(s[1], m.end() + 120));
        Set<String> stems = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (String w : phrase.split("[^\\p{L}]+")) {
            if (w.length() >= 7 && Character.isLowerCase(w.charAt(0))) {
                stems.add(w.substring(0, 6).toLowerCase(Locale.ROOT));
            } else if (w.length() >= 3 && Character.isUpperCase(w.charAt(0))) {
                names.add(w);
            }
        }
        for (int i = drafts.size() - 1; i >= Math.max(0, drafts.size() - NEARBY_DRAFTS); i--) {
            Draft d = drafts.get(i);
            if (!d.dateSource().equals("text")) {
                continue;
            }
            boolean stem = false;
            boolean name = false;
            for (String w : d.evidence().split("[^\\p{L}]+")) {
                stem |= w.length() >= 6 && stems.contains(w.substring(0, 6).toLowerCase(Locale.ROOT));
                name |= names.contains(w);
            }
            if (stem && name) {
                return d;
            }
        }
        return null;
    }

    /** A draft for a whole sentence at a date it does not state itself (a coincidence with an earlier event). */
    private void draftAt(String text, int[] s, Offsets at, String date, List<Draft> drafts,
            Map<String, DraftActor> proposed, Map<String, Integer> ids) {
        List<ActorMatcher.Mention> mentions = actors.find(text, s[0], s[1]);
        List<ActorMatcher.Mention> newNames = newNames(text, s[0], s[1], mentions, List.of(), at, proposed);
        drafts.add(draft(text, s, date, "coincidence", 0.4, text.substring(s[0], s[1]), s, at, mentions, newNames,
                List.of(), ids));
    }

    private static boolean usable(Timex t) {
        return t.edtf() != null && !t.value().endsWith("_REF") && t.type() != TimexType.SET;
    }

    private void draftSentence(String text, int[] s, Offsets at, List<Timex> dated, List<Citation> cited,
            List<Draft> drafts, Map<String, DraftActor> proposed, Map<String, Integer> ids) {
        List<int[]> clauses = clauses(text, s[0], s[1]);
        List<Citation.Report> reports = new ArrayList<>();
        cited.forEach(c -> reports.addAll(c.reports()));
        List<ActorMatcher.Mention> mentions = actors.find(text, s[0], s[1]);
        List<ActorMatcher.Mention> newNames = newNames(text, s[0], s[1], mentions, cited, at, proposed);
        String evidence = text.substring(s[0], s[1]);
        Set<String> seen = new HashSet<>();
        boolean pointDate = false;
        boolean undatedClause = false;
        for (int[] c : clauses) {
            boolean any = false;
            for (Timex t : dated) {
                int tc = at.ch(t.start());
                if (tc >= c[0] && tc < c[1]) {
                    any = true;
                    pointDate |= !t.edtf().contains("/") && t.type() != TimexType.DURATION;
                }
            }
            undatedClause |= !any && hasWords(text, c);
        }
        for (Timex t : dated) {
            if (!seen.add(t.edtf())) {
                continue;
            }
            int[] clause = clauseOf(clauses, at.ch(t.start()));
            int next = clauses.indexOf(clause) + 1;
            if (next < clauses.size() && at.ch(t.end()) >= clause[1] - 2
                    && text.substring(clauses.get(next)[0], clauses.get(next)[1]).matches("(?is)\\s*when\\b.*")) {
                clause = clauses.get(next); // "culminated on March 28 when Fazil Mustafa was gunned down"
            }
            boolean period = t.edtf().contains("/") || t.type() == TimexType.DURATION;
            double confidence = period ? 0.55 : 0.75;
            drafts.add(draft(text, clause, t.edtf(), "text", confidence, evidence, s, at, mentions, newNames,
                    reports, ids));
        }
        if (!reports.isEmpty() && (!pointDate || undatedClause && clauses.size() > 1)) {
            String date = reports.get(0).published();
            date = date.endsWith("~") ? date : date + "~";
            if (seen.add(date)) {
                int[] clause = undatedClause(text, clauses, dated, at, mentions);
                drafts.add(draft(text, clause, date, "report", 0.5, evidence, s, at, mentions, newNames, reports,
                        ids));
            }
        }
    }

    private Draft draft(String text, int[] clause, String date, String dateSource, double base, String evidence,
            int[] s, Offsets at, List<ActorMatcher.Mention> mentions, List<ActorMatcher.Mention> newNames,
            List<Citation.Report> reports, Map<String, Integer> ids) {
        String clauseText = stripCitations(text.substring(clause[0], clause[1]));
        EventType type = EventTypes.guess(clauseText);
        if (type == null) {
            type = EventTypes.guess(evidence);
        }
        if (type == null) {
            type = date.contains("/") ? EventType.POLICY_PERIOD : EventType.STATEMENT;
        } else {
            base += 0.1;
        }
        List<DraftActor> roles = roles(text, clause, mentions, newNames, type);
        if (roles.stream().anyMatch(DraftActor::known)) {
            base += 0.1;
        }
        String title = title(clauseText);
        String id = uniqueId(Names.slug(date.replaceAll("[~?/.]", " ") + " " + firstWords(title, 5)), ids);
        double confidence = Math.round(Math.min(0.95, base) * 100) / 100.0;
        return new Draft(id, date, title, type, evidence, at.cp(s[0]), at.cp(s[1]), roles, reports, confidence,
                dateSource);
    }

    /**
     * Guessed roles: both sides of "between X and Y" take part; an actor after "against", "at", "toward" is the
     * target; the initiator is the actor after "by" or "from", else (for what someone says) the first person,
     * else the first actor of the clause; actors inside a quotation, or outside the clause, are mentioned.
     */
    private static List<DraftActor> roles(String text, int[] clause, List<ActorMatcher.Mention> mentions,
            List<ActorMatcher.Mention> newNames, EventType type) {
        Map<String, DraftActor> out = new LinkedHashMap<>();
        List<ActorMatcher.Mention> all = new ArrayList<>(mentions);
        all.addAll(newNames);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        boolean speech = type == EventType.STATEMENT || type == EventType.THREAT || type == EventType.ACCUSATION;
        String initiator = null;
        for (ActorMatcher.Mention m : all) {
            if (m.start() >= clause[0] && m.start() < clause[1] && !quoted(text, clause[0], m.start())) {
                String before = text.substring(Math.max(clause[0], m.start() - 40), m.start());
                if (AGENT_BEFORE.matcher(before).find() || speech && m.actor().kind() == ActorKind.PERSON) {
                    initiator = initiator == null ? m.actor().id() : initiator;
                }
            }
        }
        for (ActorMatcher.Mention m : all) {
            Actor a = m.actor();
            boolean known = mentions.contains(m);
            if (out.containsKey(a.id())) {
                continue;
            }
            Role role = Role.MENTIONED;
            if (m.start() >= clause[0] && m.start() < clause[1] && !quoted(text, clause[0], m.start())) {
                String before = text.substring(Math.max(clause[0], m.start() - 40), m.start());
                if (a.id().equals(initiator)) {
                    role = Role.INITIATOR;
                } else if (before.matches("(?is).*\\bbetween\\s+(?:\\S+\\s+){0,4}$")
                        || before.matches("(?is).*\\band\\s+(?:his\\s+|her\\s+|its\\s+)?(?:\\S+\\s+){0,3}$")
                        && out.values().stream().anyMatch(d -> d.role() == Role.PARTICIPANT)) {
                    role = Role.PARTICIPANT;
                } else if (TARGET_BEFORE.matcher(before).find()) {
                    role = Role.TARGET;
                } else if (initiator == null && !MENTION_BEFORE.matcher(before).find()) {
                    // the subject of a passive ("was gunned down") had it done to them
                    role = PASSIVE.matcher(text.substring(m.end(), clause[1])).find() ? Role.TARGET : Role.INITIATOR;
                    initiator = a.id();
                }
            }
            out.put(a.id(), new DraftActor(a.id(), a.name(), role, known, a.kind()));
        }
        return new ArrayList<>(out.values());
    }

    /** True when an opening quotation mark between {@code from} and {@code pos} is still open. */
    private static boolean quoted(String text, int from, int pos) {
        int open = 0;
        for (int i = from; i < pos; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”' && open > 0) {
                open--;
            }
        }
        return open > 0;
    }

    /** Proper names (two or more capitalised words) that no known actor covers, proposed as new actors. */
    private List<ActorMatcher.Mention> newNames(String text, int from, int to, List<ActorMatcher.Mention> known,
            List<Citation> cited, Offsets at, Map<String, DraftActor> proposed) {
        List<ActorMatcher.Mention> out = new ArrayList<>();
        Matcher m = PROPER.matcher(text).region(from, to);
        while (m.find()) {
            int start = m.start();
            String name = m.group();
            String[] words = name.split("\\s+");
            int skip = 0;
            while (skip < words.length && (NOT_NAMES.contains(words[skip]) || Lexicon.month(words[skip]) > 0
                    || Lexicon.weekday(words[skip]) > 0)) {
                start += words[skip].length() + 1;
                skip++;
            }
            if (words.length - skip < 2) {
                continue;
            }
            name = text.substring(start, m.end()).replaceAll("['’]s$", "");
            int s = start;
            int e = m.end();
            if (known.stream().anyMatch(k -> k.start() < e && s < k.end())) {
                continue;
            }
            int cp = at.cp(s);
            if (cited.stream().anyMatch(c -> c.start() <= cp && cp < c.end())) {
                continue; // an outlet, not an actor
            }
            String id = Names.slug(name);
            if (PLACE_BEFORE.matcher(text.substring(Math.max(from, s - 20), s)).find()
                    || name.matches(".*\\b(War|Conflict|Crisis|Revolution|Agreement|Accords?|Treaty|Corridor|Province|Region|Sea|River|Mountains?)$")) {
                continue; // a place or an event, not an actor
            }
            if (id.isEmpty()) {
                continue;
            }
            String finalName = name;
            DraftActor d = proposed.computeIfAbsent(id, k -> new DraftActor(k, finalName, Role.MENTIONED, false,
                    kindOf(finalName)));
            out.add(new ActorMatcher.Mention(s, e, new Actor(d.id(), d.name(), d.kind(), null, List.of(), null,
                    null)));
        }
        return out;
    }

    static ActorKind kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.matches(".*\\b(ministry|department|government|parliament|assembly|council|office|court|majlis)\\b.*")) {
            return ActorKind.GOVERNMENT_BODY;
        }
        if (n.matches(".*\\b(army|forces|guard|guards|corps|navy|brigade|militia|regiment)\\b.*")) {
            return ActorKind.ARMED_FORCE;
        }
        if (n.matches(".*\\b(news|post|times|agency|bank|fund|union|organi[sz]ation|company|party|foundation"
                + "|institute|university|committee)\\b.*")) {
            return ActorKind.ORGANISATION;
        }
        if (n.matches(".*\\b(groups?|movement|network|cells)\\b.*")) {
            return ActorKind.GROUP;
        }
        return ActorKind.PERSON;
    }

    private static List<int[]> clauses(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher m = CLAUSE.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            if (m.start() > start) {
                out.add(new int[] {start, m.start()});
            }
            start = m.end();
        }
        out.add(new int[] {start, to});
        return out;
    }

    private static int[] clauseOf(List<int[]> clauses, int pos) {
        for (int[] c : clauses) {
            if (pos >= c[0] && pos < c[1]) {
                return c;
            }
        }
        return clauses.get(clauses.size() - 1);
    }

    /** The clause a report-dated draft stands for: the first undated one naming an actor, else the first undated one. */
    private static int[] undatedClause(String text, List<int[]> clauses, List<Timex> dated, Offsets at,
            List<ActorMatcher.Mention> mentions) {
        int[] first = null;
        for (int[] c : clauses) {
            boolean hasDate = dated.stream().anyMatch(t -> at.ch(t.start()) >= c[0] && at.ch(t.start()) < c[1]);
            if (hasDate || !hasWords(text, c)) {
                continue;
            }
            if (mentions.stream().anyMatch(m -> m.start() >= c[0] && m.start() < c[1])) {
                return c;
            }
            first = first == null ? c : first;
        }
        return first != null ? first : clauses.get(0);
    }

    private static boolean hasWords(String text, int[] c) {
        return stripCitations(text.substring(c[0], c[1])).split("\\s+").length >= 3;
    }

    private static String stripCitations(String s) {
        return s.replaceAll("\\s*\\([^()]*\\d[^()]*\\)", "");
    }

    /** The clause without its leading connective, at most 14 words, first letter capitalised, no final stop. */
    static String title(String clause) {
        String t = LEADING.matcher(clause.strip()).replaceFirst("").strip();
        t = t.replaceAll("[\\s.;,:]+$", "");
        String[] words = t.split("\\s+");
        if (words.length > 14) {
            t = String.join(" ", java.util.Arrays.copyOf(words, 14)) + "…";
        }
        if (t.isEmpty()) {
            return clause.strip();
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static String firstWords(String s, int n) {
        String[] words = s.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(n, words.length)));
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... the first not taken; {@code ids} remembers what is. */
    private static String uniqueId(String base, Map<String, Integer> ids) {
        String id = base.isEmpty() ? "draft" : base;
        Integer seen = ids.get(id);
        if (seen == null) {
            ids.put(id, 1);
            return id;
        }
        for (int i = seen + 1;; i++) {
            String unique = id + "-" + i;
            if (!ids.containsKey(unique)) {
                ids.put(id, i);
                ids.put(unique, 1);
                return unique;
            }
        }
    }

    /**
     * Code-point and char offsets of one text: the same when it has no characters outside the BMP, else converted
     * through the sorted positions of its surrogate pairs (a binary search, not a count from the start).
     */
    private static final class Offsets {
        /** Char index of the high surrogate of each pair, in order. */
        private final int[] pairs;

        Offsets(String text) {
            int n = 0;
            int[] found = new int[16];
            for (int i = 0; i + 1 < text.length(); i++) {
                if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (n == found.length) {
                        found = java.util.Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i++;
                }
            }
            pairs = java.util.Arrays.copyOf(found, n);
        }

        /** The code-point offset of char offset {@code ch}: one less for each pair wholly before it. */
        int cp(int ch) {
            int before = lowerBound(ch - 1);
            return ch - before;
        }

        /** The char offset of code-point offset {@code cp}. */
        int ch(int cp) {
            int lo = 0;
            int hi = pairs.length; // number of pairs whose code point lies before cp
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs[mid] - mid < cp) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return cp + lo;
        }

        /** How many pairs start before char offset {@code limit} (their high surrogate at an index < limit). */
        private int lowerBound(int limit) {
            int lo = 0;
            int hi = pairs.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs[mid] < limit) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
