package dev.timeline.dataset;

import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.query.ActorResolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Additions, edits, removals and merges of a dataset's actors; every reference to an actor follows it. */
public final class ActorChanges {

    private ActorChanges() {
    }

    /**
     * An actor's fields as the user gives them; null leaves a field as it is (in an edit) or unset (in an add).
     *
     * @param partOf   the actor it is part of, as typed (id, name or alias); blank clears it in an edit
     * @param position for a person, the position the sources give; blank clears it in an edit
     */
    public record Fields(String id, String name, ActorKind kind, String country, List<String> aliases,
            List<String> removeAliases, String partOf, String position) {

        public Fields {
            aliases = List.copyOf(aliases == null ? List.of() : aliases);
            removeAliases = List.copyOf(removeAliases == null ? List.of() : removeAliases);
        }
    }

    /** The new actor {@code fields} describe, its id derived from its name when not given. */
    public static Actor create(Dataset dataset, Fields fields) {
        if (fields.name() == null || fields.name().isBlank()) {
            throw new ChangeRefused("an actor needs a name: --name NAME");
        }
        Set<String> taken = dataset.actors().stream().map(Actor::id).collect(Collectors.toSet());
        String id;
        if (fields.id() != null) {
            id = fields.id().strip();
            requireNewId(dataset, id);
        } else {
            String base = Slugs.of(fields.name());
            if (base.isEmpty()) {
                throw new ChangeRefused("cannot derive an id from the name '" + fields.name() + "'; give one with "
                        + "--id");
            }
            id = Slugs.unique(base, taken);
        }
        ActorResolver resolver = new ActorResolver(dataset.actors());
        String partOf = fields.partOf() == null ? null : EventChanges.known(resolver, "--part-of", fields.partOf()).id();
        return new Actor(id, fields.name().strip(), fields.kind() == null ? ActorKind.ORGANISATION : fields.kind(),
                fields.country(), fields.aliases().stream().distinct().toList(), partOf,
                fields.position() == null || fields.position().isBlank() ? null : fields.position());
    }

    /** {@code dataset} with {@code actor} appended. */
    public static Dataset append(Dataset dataset, Actor actor) {
        requireNewId(dataset, actor.id());
        List<Actor> actors = new ArrayList<>(dataset.actors());
        actors.add(actor);
        return withActors(dataset, actors, dataset.events());
    }

    /** {@code dataset} with actor {@code ref} changed as {@code fields} say; a new id rewrites every reference. */
    public static Dataset edit(Dataset dataset, String ref, Fields fields) {
        ActorResolver resolver = new ActorResolver(dataset.actors());
        Actor old = EventChanges.known(resolver, "actors edit", ref);
        Set<String> aliases = new LinkedHashSet<>(old.aliases());
        for (String alias : fields.removeAliases()) {
            if (!aliases.remove(alias)) {
                throw new ChangeRefused("actor '" + old.id() + "' has no alias '" + alias + "' to remove; its aliases "
                        + "are " + (old.aliases().isEmpty() ? "none" : String.join(", ", old.aliases())));
            }
        }
        aliases.addAll(fields.aliases());
        String partOf = old.partOf();
        if (fields.partOf() != null) {
            partOf = fields.partOf().isBlank() ? null
                    : EventChanges.known(resolver, "--part-of", fields.partOf()).id();
            if (old.id().equals(partOf)) {
                throw new ChangeRefused("actor '" + old.id() + "' cannot be part of itself");
            }
        }
        String id = old.id();
        if (fields.id() != null && !fields.id().strip().equals(old.id())) {
            id = fields.id().strip();
            requireNewId(dataset, id);
        }
        Actor edited = new Actor(id, fields.name() == null ? old.name() : fields.name().strip(),
                fields.kind() == null ? old.kind() : fields.kind(),
                fields.country() == null ? old.country() : fields.country(), List.copyOf(aliases), partOf,
                fields.position() == null ? old.position() : fields.position().isBlank() ? null : fields.position());
        List<Actor> actors = new ArrayList<>();
        for (Actor a : dataset.actors()) {
            actors.add(a.id().equals(old.id()) ? edited : a);
        }
        return renameReferences(withActors(dataset, actors, dataset.events()), old.id(), id);
    }

    /**
     * {@code dataset} without actor {@code ref}.
     *
     * @param detach also remove it from the events it takes part in and clear the partOf of actors part of it;
     *               without it, any such reference refuses the removal (they are listed)
     */
    public static Dataset remove(Dataset dataset, String ref, boolean detach) {
        Actor gone = EventChanges.known(new ActorResolver(dataset.actors()), "actors rm", ref);
        List<String> events = dataset.events().stream()
                .filter(e -> e.actors().stream().anyMatch(p -> p.actorId().equals(gone.id()))).map(Event::id).toList();
        List<String> parts = dataset.actors().stream().filter(a -> gone.id().equals(a.partOf())).map(Actor::id)
                .toList();
        if (!detach && (!events.isEmpty() || !parts.isEmpty())) {
            List<String> refs = new ArrayList<>();
            events.forEach(e -> refs.add("event " + e));
            parts.forEach(a -> refs.add("actor " + a + " (part of it)"));
            throw new ChangeRefused("actor '" + gone.id() + "' is still referred to by " + String.join(", ",
                    refs.stream().limit(10).toList()) + (refs.size() > 10 ? " and " + (refs.size() - 10) + " more"
                    : "") + "; remove those references first, or use --detach");
        }
        List<Actor> actors = new ArrayList<>();
        for (Actor a : dataset.actors()) {
            if (!a.id().equals(gone.id())) {
                actors.add(gone.id().equals(a.partOf()) ? new Actor(a.id(), a.name(), a.kind(), a.country(),
                        a.aliases(), null, a.position()) : a);
            }
        }
        List<Event> kept = new ArrayList<>();
        for (Event e : dataset.events()) {
            kept.add(events.contains(e.id()) ? withParticipations(e, e.actors().stream()
                    .filter(p -> !p.actorId().equals(gone.id())).toList()) : e);
        }
        return withActors(dataset, actors, kept);
    }

    /**
     * {@code dataset} with actor {@code from} merged into {@code into}: every reference to {@code from} moves to
     * {@code into}, aliases are united and {@code from}'s name becomes an alias of {@code into}.
     */
    public static Dataset merge(Dataset dataset, String from, String into) {
        ActorResolver resolver = new ActorResolver(dataset.actors());
        Actor source = EventChanges.known(resolver, "actors merge", from);
        Actor target = EventChanges.known(resolver, "actors merge", into);
        if (source.id().equals(target.id())) {
            throw new ChangeRefused("'" + from + "' and '" + into + "' are the same actor ('" + source.id() + "')");
        }
        return mergeInto(dataset, source, target);
    }

    static Dataset mergeInto(Dataset dataset, Actor source, Actor target) {
        Set<String> aliases = new LinkedHashSet<>(target.aliases());
        aliases.add(source.name());
        aliases.addAll(source.aliases());
        aliases.remove(target.name());
        Actor merged = new Actor(target.id(), target.name(), target.kind(),
                target.country() != null ? target.country() : source.country(), List.copyOf(aliases),
                Objects.equals(target.partOf(), source.id()) ? source.partOf()
                        : target.partOf() != null ? target.partOf() : source.partOf(),
                target.position() != null ? target.position() : source.position());
        List<Actor> actors = new ArrayList<>();
        for (Actor a : dataset.actors()) {
            if (a.id().equals(target.id())) {
                actors.add(merged);
            } else if (!a.id().equals(source.id())) {
                actors.add(a);
            }
        }
        return renameReferences(withActors(dataset, actors, dataset.events()), source.id(), target.id());
    }

    /** Every reference to actor {@code from} (events' actors, actors' partOf) made to {@code to}. */
    static Dataset renameReferences(Dataset dataset, String from, String to) {
        if (from.equals(to)) {
            return dataset;
        }
        List<Actor> actors = new ArrayList<>();
        for (Actor a : dataset.actors()) {
            actors.add(from.equals(a.partOf()) ? new Actor(a.id(), a.name(), a.kind(), a.country(), a.aliases(),
                    a.id().equals(to) ? null : to, a.position()) : a);
        }
        List<Event> events = new ArrayList<>();
        for (Event e : dataset.events()) {
            if (e.actors().stream().noneMatch(p -> p.actorId().equals(from))) {
                events.add(e);
                continue;
            }
            List<Participation> moved = new ArrayList<>();
            for (Participation p : e.actors()) {
                Participation q = p.actorId().equals(from) ? new Participation(to, p.role()) : p;
                if (moved.stream().noneMatch(m -> m.actorId().equals(q.actorId()))) {
                    moved.add(q); // an event naming both keeps the first mention
                }
            }
            events.add(withParticipations(e, moved));
        }
        return withActors(dataset, actors, events);
    }

    private static Event withParticipations(Event e, List<Participation> actors) {
        return new Event(e.id(), e.date(), e.title(), e.summary(), e.type(), actors, e.place(), e.fatalities(),
                e.sources(), e.tags(), e.note());
    }

    private static Dataset withActors(Dataset d, List<Actor> actors, List<Event> events) {
        return new Dataset(d.id(), d.version(), d.title(), d.description(), actors, events);
    }

    private static void requireNewId(Dataset dataset, String id) {
        if (!Slugs.isValidId(id)) {
            throw new ChangeRefused("'" + id + "' is not a usable id; expected a slug without blanks, e.g. jane-doe");
        }
        if (dataset.actorsById().containsKey(id)) {
            throw new ChangeRefused("an actor with id '" + id + "' already exists; choose another --id");
        }
    }
}
