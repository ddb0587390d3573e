package dev.timeline.model;

import java.util.Objects;

/** An actor's part in one event. {@code actorId} refers to an {@link Actor} of the same dataset. */
public record Participation(String actorId, Role role) {

    public Participation {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(role, "role");
    }
}
