package dev.timeline.dataset;

import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Names;
import dev.timeline.model.Participation;
import dev.timeline.model.Place;
import dev.timeline.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One dataset from several curated ones ({@code timeline merge}). The first dataset's header is kept; the others
 * are merged into it in order.
 *
 * <p>Actors: an actor with an id already present is the same entity when the two share a name or alias (after
 * {@link Names#normalize}) or have the same kind and country; otherwise the id is a conflict, and the merge stops
 * unless {@code --map FROM=TO} says which id FROM of the later dataset becomes (TO may be FROM itself: the same
 * entity). An actor with a new id that shares a name or alias with a known one, and whose kind and country do not
 * contradict it, is that actor. The same entity becomes one actor with the aliases of both.
 *
 * <p>Events: two events record the same incident when their date spans overlap, they share an actor (or neither
 * has any), and their titles, or their summaries, are near-duplicates by {@link Similarity} (trigram Dice of at least
 * {@value Similarity#NEAR_DUPLICATE}). They become one event: the first's fields, the union of both's actors,
 * sources and tags; a title, summary, date, place or count of the later one that differs is kept in the note
 * ("merged from B: title '...'"), so that nothing a user wrote is dropped. Any other event is added, renamed
 * ({@code -2}, ...) when its id is taken.
 */
public final class DatasetMerge {

    private DatasetMerge() {
    }

    /** A named input. */
    public record Input(String name, Dataset dataset) {
    }

    /** The merged dataset and what was done, one line for a person each. */
    public record Result(Dataset dataset, List<String> report) {
    }

    /**
     * Merges {@code inputs} (at least one).
     *
     * @param map actor id of a later dataset → the id it becomes
     * @throws ChangeRefused on an actor id conflict that {@code map} does not resolve (every such conflict listed)
     */
    public static Result merge(List<Input> inputs, Map<String, String> map) {
        Dataset first = inputs.get(0).dataset();
        List<Actor> actors = new ArrayList<>(first.actors());
        List<Event> events = new ArrayList<>(first.events());
        List<String> report = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (Input input : inputs.subList(1, inputs.size())) {
            Map<String, String> ids = actors(input, actors, map, report, conflicts);
            if (!conflicts.isEmpty()) {
                continue;
            }
            for (Event raw : input.dataset().events()) {
                Event event = withActorIds(raw, ids);
                int same = sameIncident(events, event);
                if (same >= 0) {
                    Event merged = unite(events.get(same), event, input.name());
                    report.add("event '" + event.id() + "' of " + input.name() + " is '" + events.get(same).id()
                            + "': " + (merged.equals(events.get(same)) ? "nothing new" : "merged"));
                    events.set(same, merged);
                } else {
                    Set<String> taken = new HashSet<>();
                    events.forEach(e -> taken.add(e.id()));
                    String id = Slugs.unique(event.id(), taken);
                    if (!id.equals(event.id())) {
                        report.add("event '" + event.id() + "' of " + input.name() + " is another event with a "
                                + "taken id: added as '" + id + "'");
                    } else {
                        report.add("event '" + id + "' of " + input.name() + ": added");
                    }
                    events.add(rename(event, id));
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ChangeRefused(String.join("; ", conflicts) + " (resolve with --map FROM=TO: TO=FROM for the "
                    + "same entity, a new id for another one)");
        }
        return new Result(new Dataset(first.id(), first.version(), first.title(), first.description(), actors,
                events), report);
    }

    /** Unites {@code input}'s actors into {@code actors}; returns its actor ids → ids in the result. */
    private static Map<String, String> actors(Input input, List<Actor> actors, Map<String, String> map,
            List<String> report, List<String> conflicts) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Actor given : input.dataset().actors()) {
            String original = given.id();
            String mapped = map.get(original);
            Actor actor = mapped == null ? given : withId(given, mapped);
            int same;
            if (mapped != null) {
                same = indexOf(actors, mapped);
            } else {
                int byId = indexOf(actors, original);
                if (byId >= 0 && !sameEntity(actors.get(byId), actor)) {
                    conflicts.add("actor id '" + original + "' is '" + actors.get(byId).name() + "' before "
                            + input.name() + " and '" + actor.name() + "' in it");
                    continue;
                }
                same = byId >= 0 ? byId : byName(actors, actor);
            }
            if (same >= 0) {
                Actor known = actors.get(same);
                Actor united = uniteActors(known, actor, ids);
                actors.set(same, united);
                ids.put(original, known.id());
                if (!known.id().equals(original) || !known.equals(united)) {
                    report.add("actor '" + original + "' of " + input.name() + " is '" + known.id() + "'"
                            + (known.equals(united) ? "" : " (aliases united)"));
                }
            } else {
                ids.put(original, actor.id());
                actors.add(actor);
                report.add("actor '" + actor.id() + "' of " + input.name() + ": added");
            }
        }
        // partOf references of the added actors follow the id mapping
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            if (a.partOf() != null && ids.containsKey(a.partOf()) && !ids.get(a.partOf()).equals(a.partOf())
                    && indexOf(actors, a.partOf()) < 0) {
                actors.set(i, new Actor(a.id(), a.name(), a.kind(), a.country(), a.aliases(), ids.get(a.partOf()),
                        a.position()));
            }
        }
        return ids;
    }

    private static boolean sameEntity(Actor a, Actor b) {
        return sharesName(a, b) || a.kind() == b.kind() && a.country() != null && a.country().equals(b.country());
    }

    private static int byName(List<Actor> actors, Actor actor) {
        for (int i = 0; i < actors.size(); i++) {
            Actor known = actors.get(i);
            boolean contradicts = known.kind() != actor.kind()
                    || known.country() != null && actor.country() != null && !known.country().equals(actor.country());
            if (sharesName(known, actor) && !contradicts) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sharesName(Actor a, Actor b) {
        Set<String> names = names(a);
        return names(b).stream().anyMatch(names::contains);
    }

    private static Set<String> names(Actor a) {
        Set<String> out = new HashSet<>();
        out.add(Names.normalize(a.name()));
        a.aliases().forEach(alias -> out.add(Names.normalize(alias)));
        return out;
    }

    private static Actor uniteActors(Actor known, Actor other, Map<String, String> ids) {
        Set<String> aliases = new LinkedHashSet<>(known.aliases());
        if (!Names.normalize(other.name()).equals(Names.normalize(known.name()))) {
            aliases.add(other.name());
        }
        aliases.addAll(other.aliases());
        aliases.remove(known.name());
        return new Actor(known.id(), known.name(), known.kind(), known.country() != null ? known.country()
                : other.country(), List.copyOf(aliases), known.partOf() != null ? known.partOf()
                : other.partOf() == null ? null : ids.getOrDefault(other.partOf(), other.partOf()),
                known.position() != null ? known.position() : other.position());
    }

    private static int indexOf(List<Actor> actors, String id) {
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Actor withId(Actor a, String id) {
        return new Actor(id, a.name(), a.kind(), a.country(), a.aliases(), a.partOf(), a.position());
    }

    /** The index in {@code events} of the event that records the same incident as {@code event}, or -1. */
    static int sameIncident(List<Event> events, Event event) {
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < events.size(); i++) {
            Event known = events.get(i);
            if (!known.date().span().overlaps(event.date().span()) || !shareActor(known, event)) {
                continue;
            }
            double score = Math.max(Similarity.of(known.title(), event.title()),
                    Similarity.of(known.summary(), event.summary()));
            if (score >= Similarity.NEAR_DUPLICATE && (score > bestScore
                    || score == bestScore && known.id().equals(event.id()))) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean shareActor(Event a, Event b) {
        if (a.actors().isEmpty() && b.actors().isEmpty()) {
            return true;
        }
        Set<String> ids = new HashSet<>();
        a.actors().forEach(p -> ids.add(p.actorId()));
        return b.actors().stream().anyMatch(p -> ids.contains(p.actorId()));
    }

    private static Event unite(Event a, Event b, String from) {
        List<Participation> actors = new ArrayList<>(a.actors());
        for (Participation p : b.actors()) {
            if (actors.stream().noneMatch(q -> q.actorId().equals(p.actorId()))) {
                actors.add(p);
            }
        }
        List<Source> sources = new ArrayList<>(a.sources());
        b.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        Set<String> tags = new LinkedHashSet<>(a.tags());
        tags.addAll(b.tags());
        List<String> kept = new ArrayList<>();
        differs(kept, "title", a.title(), b.title());
        differs(kept, "summary", a.summary().isEmpty() ? null : a.summary(), b.summary().isEmpty() ? null
                : b.summary());
        differs(kept, "date", a.date().toString(), b.date().toString());
        differs(kept, "place", where(a.place(), b.place()), where(b.place(), a.place()));
        differs(kept, "fatalities", a.fatalities() == null ? null : a.fatalities().toString(),
                b.fatalities() == null ? null : b.fatalities().toString());
        differs(kept, "note", a.note(), b.note());
        String note = a.note();
        if (!kept.isEmpty()) {
            String line = "merged from " + from + ": " + String.join("; ", kept);
            note = note == null ? line : note + " | " + line;
        }
        return new Event(a.id(), a.date(), a.title(), a.summary().isEmpty() ? b.summary() : a.summary(), a.type(),
                actors, place(a.place(), b.place()), a.fatalities() != null ? a.fatalities()
                : b.fatalities(), sources, List.copyOf(tags), note);
    }

    /**
     * The united place: {@code a}'s, or {@code b}'s when {@code a} has none; a point {@code a} lacks is taken from
     * {@code b} when both name the same place (a missing value is filled, as for the other fields).
     */
    private static Place place(Place a, Place b) {
        if (a == null || b == null) {
            return a != null ? a : b;
        }
        if (!a.hasPoint() && b.hasPoint() && a.toString().equals(b.toString())) {
            return new Place(a.name(), a.country(), b.lat(), b.lon());
        }
        return a;
    }

    /** {@code p} as the merge note names it: "Tehran, IRN", with its point when {@code other} has one too. */
    private static String where(Place p, Place other) {
        if (p == null) {
            return null;
        }
        boolean points = p.hasPoint() && other != null && other.hasPoint();
        return points ? p + " @" + p.lat() + "," + p.lon() : p.toString();
    }

    /** Records {@code b}'s value when {@code a} has another one (a missing {@code a} is filled, not noted). */
    private static void differs(List<String> kept, String field, String a, String b) {
        if (a != null && b != null && !Objects.equals(a, b)) {
            kept.add(field + " '" + b + "'");
        }
    }

    private static Event withActorIds(Event e, Map<String, String> ids) {
        List<Participation> actors = new ArrayList<>();
        for (Participation p : e.actors()) {
            Participation q = new Participation(ids.getOrDefault(p.actorId(), p.actorId()), p.role());
            if (actors.stream().noneMatch(m -> m.actorId().equals(q.actorId()))) {
                actors.add(q);
            }
        }
        return new Event(e.id(), e.date(), e.title(), e.summary(), e.type(), actors, e.place(), e.fatalities(),
                e.sources(), e.tags(), e.note());
    }

    private static Event rename(Event e, String id) {
        return id.equals(e.id()) ? e : new Event(id, e.date(), e.title(), e.summary(), e.type(), e.actors(),
                e.place(), e.fatalities(), e.sources(), e.tags(), e.note());
    }

    /** Parses {@code FROM=TO}. */
    public static Map<String, String> parseMap(List<String> entries) {
        Map<String, String> out = new HashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new ChangeRefused("invalid value for option '--map': '" + entry + "'; expected FROM=TO, e.g. "
                        + "--map iran=iran-state");
            }
            out.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
        }
        return out;
    }
}
