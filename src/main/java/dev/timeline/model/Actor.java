package dev.timeline.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity that takes part in events: a state, a ministry, a force, a person, an organisation or a group.
 *
 * @param id       stable slug, unique in a dataset
 * @param name     the name people use
 * @param kind     what sort of entity it is
 * @param country  ISO 3166-1 alpha-3 code, or null when it has no single country
 * @param aliases  other names it goes by (Tehran for Iran), never null
 * @param partOf   id of the actor it belongs to (the IRGC is part of Iran), or null
 * @param position for persons, the position the source gives them, or null
 */
public record Actor(String id, String name, ActorKind kind, String country, List<String> aliases, String partOf,
        String position) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
    }
}
