package dev.timeline.extract;

import dev.timeline.model.ActorKind;
import dev.timeline.model.Role;

/**
 * An actor a draft names.
 *
 * @param id    the actor's id: a known actor's, or a proposed slug for a new one
 * @param name  its name as the dataset or the text gives it
 * @param role  the guessed role
 * @param known true when it was resolved against the actors dataset, false when proposed as new
 * @param kind  for a new actor, the guessed kind; for a known one, its kind
 */
public record DraftActor(String id, String name, Role role, boolean known, ActorKind kind) {
}
