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
    private final Map<String, Actor> byName = new HashMap<>();
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
        byCountry = coverCountries ? new HashMap<>() : null;
        for (Actor actor : actors) {
            byId.put(actor.id(), actor);
            if (actor.partOf() != null) {
                parts.computeIfAbsent(actor.partOf(), k -> new ArrayList<>()).add(actor.id());
            }
        }
        // ids first, then names, then aliases: an exact id always wins over someone else's alias
        actors.forEach(a -> byName.putIfAbsent(Names.normalize(a.id()), a));
        actors.forEach(a -> byName.putIfAbsent(Names.normalize(a.name()), a));
        actors.forEach(a -> a.aliases().forEach(alias -> byName.putIfAbsent(Names.normalize(alias), a)));
        if (coverCountries) {
            for (Actor actor : actors) {
                String country = actor.country() != null ? actor.country() : Countries.ofActorName(actor.name());
                if (country != null) {
                    byCountry.computeIfAbsent(country, k -> new ArrayList<>()).add(actor.id());
                }
            }
        }
    }

    /**
     * The ids {@code name} selects: the actor it names and, unless {@code exact}, everything part of it; on a
     * resolver {@link #coveringCountries covering countries}, a country's name or code (not {@code exact}) also
     * selects every actor tied to that country.
     *
     * @return the ids, in a stable order; empty when the name selects nothing
     */
    public Set<String> select(String name, boolean exact) {
        Optional<Actor> actor = find(name);
        Set<String> ids = new LinkedHashSet<>();
        actor.ifPresent(a -> ids.addAll(exact ? Set.of(a.id()) : withParts(a.id())));
        if (byCountry != null && !exact) {
            String country = actor.filter(a -> a.kind() == ActorKind.STATE && a.country() != null)
                    .map(Actor::country).orElseGet(() -> Countries.alpha3(name));
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
    public Optional<Actor> find(String name) {
        return Optional.ofNullable(byName.get(Names.normalize(name)));
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
