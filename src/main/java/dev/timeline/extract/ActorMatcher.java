package dev.timeline.extract;

import dev.timeline.model.Actor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the known actors a text names: by name or alias ("Tehran" is Iran), longest name first, whole words,
 * a possessive allowed ("Blinken's"); a country's adjective ("Iranian", "Azerbaijani") names the country when no
 * longer name covers it ("Iranian troops" is the armed forces, not Iran).
 */
final class ActorMatcher {

    /** Country adjectives and the country names they point to (matched against names and aliases). */
    private static final Map<String, String> DEMONYMS = Map.ofEntries(Map.entry("Iranian", "Iran"),
            Map.entry("Azerbaijani", "Azerbaijan"), Map.entry("Israeli", "Israel"), Map.entry("Turkish", "Turkey"),
            Map.entry("Russian", "Russia"), Map.entry("Armenian", "Armenia"), Map.entry("American", "United States"),
            Map.entry("Georgian", "Georgia"), Map.entry("Ukrainian", "Ukraine"), Map.entry("Chinese", "China"),
            Map.entry("British", "United Kingdom"), Map.entry("French", "France"), Map.entry("German", "Germany"),
            Map.entry("Syrian", "Syria"), Map.entry("Iraqi", "Iraq"), Map.entry("Pakistani", "Pakistan"),
            Map.entry("Indian", "India"), Map.entry("Saudi", "Saudi Arabia"), Map.entry("Egyptian", "Egypt"),
            Map.entry("Palestinian", "Palestine"), Map.entry("Lebanese", "Lebanon"), Map.entry("Japanese", "Japan"),
            Map.entry("Korean", "Korea"), Map.entry("Afghan", "Afghanistan"), Map.entry("Kazakh", "Kazakhstan"));

    /** One mention: char offsets into the text and the actor. */
    record Mention(int start, int end, Actor actor) {
    }

    private final Pattern names;
    private final Map<String, Actor> byName = new HashMap<>();

    ActorMatcher(List<Actor> actors) {
        Map<String, Actor> lower = new HashMap<>();
        for (Actor a : actors) {
            put(a.name(), a, lower);
            a.aliases().forEach(alias -> put(alias, a, lower));
        }
        DEMONYMS.forEach((adjective, country) -> {
            Actor a = lower.get(country.toLowerCase(java.util.Locale.ROOT));
            if (a != null && !byName.containsKey(adjective)) {
                byName.put(adjective, a);
            }
        });
        List<String> all = new ArrayList<>(byName.keySet());
        all.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder();
        for (String name : all) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(name));
        }
        names = all.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?=['’]s\\b|[^\\p{L}\\p{N}]|$)");
    }

    private void put(String name, Actor a, Map<String, Actor> lower) {
        if (name != null && !name.isBlank()) {
            byName.putIfAbsent(name, a);
            lower.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), a);
        }
    }

    /** The mentions in {@code text[from, to)}, in text order, none overlapping. */
    List<Mention> find(String text, int from, int to) {
        List<Mention> out = new ArrayList<>();
        if (names == null) {
            return out;
        }
        Matcher m = names.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new Mention(m.start(), m.end(), byName.get(m.group())));
        }
        return out;
    }
}
