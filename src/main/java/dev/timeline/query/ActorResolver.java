package dev.timeline.query;

import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Countries;
import dev.timeline.model.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds actors by the names people type (id, name or alias, ignoring case, accents and punctuation) and knows
 * what is part of what. Extended only by the resolver of several datasets read together ({@link UnionResolver}).
 */
public class ActorResolver {

    private final Map<String, Actor> byId = new LinkedHashMap<>();
    /** The actors in the order given: a name is looked up in them, first by id, then by name, then by alias. */
    private final List<Actor> all;
    /** The names {@link #find} was asked for (normalised), with the actor found or null: a query asks again. */
    private final Map<String, Actor> found = new HashMap<>();
    private final Map<String, List<String>> parts = new HashMap<>();
    /** For {@link #coveringCountries}: alpha-3 code to the ids of the actors tied to that country; else null. */
    private final Map<String, List<String>> byCountry;

    public ActorResolver(Collection<Actor> actors) {
        this(actors, false);
    }

    /**
     * A resolver for inputs whose actors have no {@code partOf} but are tied to a country (ACLED, GDELT): there a
     * country, by name or ISO code, also selects every actor tied to it, by its country code (GDELT's
     * Actor1CountryCode) or by its name as ACLED writes it ("Military Forces of Iran (2021-)", "Protesters (Iran)";
     * {@link Countries#ofActorName}).
     */
    public static ActorResolver coveringCountries(Collection<Actor> actors) {
        return new ActorResolver(actors, true);
    }

    private ActorResolver(Collection<Actor> actors, boolean coverCountries) {
        // plain loops, and no table of every normalised name: a big input's dictionary holds thousands of actors,
        // a query names one or two, and on JDK 17 each lambda costs its linking in a short run
        all = new ArrayList<>(actors);
        byCountry = coverCountries ? new HashMap<>() : null;
        for (Actor actor : all) {
            byId.put(actor.id(), actor);
            if (actor.partOf() != null) {
                add(parts, actor.partOf(), actor.id());
            }
        }
        if (coverCountries) {
            for (Actor actor : all) {
                String country = actor.country() != null ? actor.country() : Countries.ofActorName(actor.name());
                if (country != null) {
                    add(byCountry, country, actor.id());
                }
            }
        }
    }

    private static void add(Map<String, List<String>> lists, String key, String id) {
        List<String> list = lists.get(key);
        if (list == null) {
            list = new ArrayList<>();
            lists.put(key, list);
        }
        list.add(id);
    }

    /**
     * The ids {@code name} selects: the actor it names and, unless {@code exact}, everything part of it; on a
     * resolver {@link #coveringCountries covering countries}, a country's name or code (not {@code exact}) also
     * selects every actor tied to that country.
     *
     * @return the ids, in a stable order; empty when the name selects nothing
     */
    public Set<String> select(String name, boolean exact) {
        Actor actor = find(name).orElse(null);
        Set<String> ids = new LinkedHashSet<>();
        if (actor != null) {
            ids.addAll(exact ? Set.of(actor.id()) : withParts(actor.id()));
        }
        if (byCountry != null && !exact) {
            String country = actor != null && actor.kind() == ActorKind.STATE && actor.country() != null
                    ? actor.country() : Countries.alpha3(name);
            if (country != null) {
                ids.addAll(byCountry.getOrDefault(country, List.of()));
            }
        }
        return ids;
    }

    /** Whether a country's name or code selects the actors tied to it ({@link #coveringCountries}). */
    public boolean coversCountries() {
        return byCountry != null;
    }

    /** The actor {@code name} refers to, if any. */
    public synchronized Optional<Actor> find(String name) {
        String wanted = Names.normalize(name);
        if (found.containsKey(wanted)) {
            return Optional.ofNullable(found.get(wanted));
        }
        Actor actor = lookUp(wanted);
        found.put(wanted, actor);
        return Optional.ofNullable(actor);
    }

    /**
     * The first actor whose id is {@code wanted} once normalised, else the first whose name is, else the first with
     * such an alias (an exact id always wins over someone else's alias); null when none.
     */
    private Actor lookUp(String wanted) {
        for (Actor actor : all) {
            if (Names.normalizesTo(actor.id(), wanted)) {
                return actor;
            }
        }
        for (Actor actor : all) {
            if (Names.normalizesTo(actor.name(), wanted)) {
                return actor;
            }
        }
        for (Actor actor : all) {
            for (String alias : actor.aliases()) {
                if (Names.normalizesTo(alias, wanted)) {
                    return actor;
                }
            }
        }
        return null;
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The actor's id and the ids of everything part of it, at any depth. */
    public Set<String> withParts(String id) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (out.add(next)) {
                todo.addAll(parts.getOrDefault(next, List.of()));
            }
        }
        return out;
    }

    /** Known names (names and aliases) close to {@code name}, best first, for "did you mean" hints. */
    public List<String> suggest(String name) {
        List<String> known = new ArrayList<>();
        for (Actor actor : byId.values()) {
            known.add(actor.name());
            known.addAll(actor.aliases());
        }
        return Names.closest(name, known, 3);
    }
}
