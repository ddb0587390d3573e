package dev.timeline.query;

import dev.timeline.model.Actor;
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
 * what is part of what.
 */
public final class ActorResolver {

    private final Map<String, Actor> byId = new LinkedHashMap<>();
    private final Map<String, Actor> byName = new HashMap<>();
    private final Map<String, List<String>> parts = new HashMap<>();

    public ActorResolver(Collection<Actor> actors) {
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
