package dev.timeline.model;

import java.util.Objects;

/** An actor's part in one event. {@code actorId} refers to an {@link Actor} of the same dataset. */
public record Participation(String actorId, Role role) {

    public Participation {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(role, "role");
    }

    // Written out, not the record's own: those are invokedynamic, and their bootstrap spins some twenty method
    // handle classes in every run that parses a big input's records (each actor added is checked for a repeat).

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Participation p && actorId.equals(p.actorId) && role == p.role;
    }

    @Override
    public int hashCode() {
        return 31 * actorId.hashCode() + role.hashCode();
    }

    @Override
    public String toString() {
        return "Participation[actorId=" + actorId + ", role=" + role + "]";
    }
}
