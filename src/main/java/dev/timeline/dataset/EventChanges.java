package dev.timeline.dataset;

import dev.timeline.dates.EventDate;
import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Participation;
import dev.timeline.model.Place;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import dev.timeline.query.ActorResolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Edits and removals of a dataset's events, as values: each takes a dataset and gives the changed one. */
public final class EventChanges {

    private EventChanges() {
    }

    /** A source's title, url and note; null leaves one as it is, blank removes it. */
    public record SourceDetails(String title, String url, String note) {
        public boolean isEmpty() {
            return title == null && url == null && note == null;
        }

        Source applyTo(Source s) {
            return new Source(s.outlet(), s.published(), pick(title, s.title()), pick(url, s.url()),
                    pick(note, s.note()));
        }

        private static String pick(String given, String old) {
            return given == null ? old : given.isBlank() ? null : given;
        }
    }

    /** An actor named as the user typed it (id, name or alias) with the role it plays. */
    public record ActorRef(String name, Role role) {
    }

    /**
     * What {@code timeline edit} changes in one event; a null or empty part leaves that part as it is.
     *
     * @param removeSources 1-based positions of the sources to remove, in the event's current order
     * @param fatalities    the new count; {@code clearFatalities} removes it
     * @param note          the new curator's note; blank removes it
     * @param sourceDetails title, url and note (each null to leave as is) given to the sources {@code addSources}
     *                      adds, or, when it adds none, to the event's last source
     */
    public record Patch(String id, EventDate date, String title, String summary, EventType type,
            List<ActorRef> addActors, List<String> removeActors, List<Source> addSources, List<Integer> removeSources,
            List<String> addTags, List<String> removeTags, Place place, Integer fatalities, boolean clearFatalities,
            String note, SourceDetails sourceDetails) {

        public Patch {
            addActors = List.copyOf(addActors == null ? List.of() : addActors);
            removeActors = List.copyOf(removeActors == null ? List.of() : removeActors);
            addSources = List.copyOf(addSources == null ? List.of() : addSources);
            removeSources = List.copyOf(removeSources == null ? List.of() : removeSources);
            addTags = List.copyOf(addTags == null ? List.of() : addTags);
            removeTags = List.copyOf(removeTags == null ? List.of() : removeTags);
        }
    }

    /**
     * The event {@code ref} names: the one with that id, else the only one whose id starts with it.
     *
     * @throws ChangeRefused when none or several match (the several are listed)
     */
    public static Event find(Dataset dataset, String ref) {
        String wanted = ref.strip();
        var exact = dataset.event(wanted);
        if (exact.isPresent()) {
            return exact.get();
        }
        List<Event> matches = wanted.isEmpty() ? List.of()
                : dataset.events().stream().filter(e -> e.id().startsWith(wanted)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new ChangeRefused("no event has the id '" + ref + "' or an id starting with it (see 'timeline "
                    + "list --data FILE')");
        }
        throw new ChangeRefused("'" + ref + "' starts the ids of " + matches.size() + " events ("
                + String.join(", ", matches.stream().limit(5).map(Event::id).toList())
                + (matches.size() > 5 ? ", ..." : "") + "); give more of the id");
    }

    /** {@code dataset} with {@code patch} applied to event {@code ref}. */
    public static Dataset edit(Dataset dataset, String ref, Patch patch) {
        Event old = find(dataset, ref);
        ActorResolver resolver = new ActorResolver(dataset.actors());
        List<Participation> actors = new ArrayList<>(old.actors());
        for (String name : patch.removeActors()) {
            Actor actor = known(resolver, "--remove-actor", name);
            if (!actors.removeIf(p -> p.actorId().equals(actor.id()))) {
                throw new ChangeRefused("event '" + old.id() + "' has no actor '" + name + "' to remove; its actors "
                        + "are " + (old.actors().isEmpty() ? "none" : String.join(", ",
                        old.actors().stream().map(Participation::actorId).toList())));
            }
        }
        for (ActorRef ref2 : patch.addActors()) {
            Actor actor = known(resolver, "--add-actor", ref2.name());
            actors.removeIf(p -> p.actorId().equals(actor.id())); // re-adding changes the role
            actors.add(new Participation(actor.id(), ref2.role()));
        }
        List<Source> sources = new ArrayList<>(old.sources());
        List<Integer> drop = patch.removeSources().stream().distinct().sorted((a, b) -> b - a).toList();
        for (int n : drop) {
            if (n < 1 || n > old.sources().size()) {
                throw new ChangeRefused("event '" + old.id() + "' has " + old.sources().size() + " source(s); "
                        + "--remove-source " + n + " expected a number from 1 to " + old.sources().size());
            }
            sources.remove(n - 1);
        }
        SourceDetails details = patch.sourceDetails();
        if (details != null && !details.isEmpty()) {
            if (patch.addSources().isEmpty()) {
                if (sources.isEmpty()) {
                    throw new ChangeRefused("event '" + old.id() + "' has no source to give a title, url or note; "
                            + "add one with --add-source");
                }
                sources.set(sources.size() - 1, details.applyTo(sources.get(sources.size() - 1)));
            }
            patch.addSources().forEach(s -> sources.add(details.applyTo(s)));
        } else {
            sources.addAll(patch.addSources());
        }
        Set<String> tags = new LinkedHashSet<>(old.tags());
        for (String tag : patch.removeTags()) {
            if (!tags.remove(tag)) {
                throw new ChangeRefused("event '" + old.id() + "' has no tag '" + tag + "' to remove");
            }
        }
        tags.addAll(patch.addTags());
        String id = old.id();
        if (patch.id() != null && !patch.id().equals(old.id())) {
            id = patch.id();
            requireNewId(dataset, id);
        }
        Event edited = new Event(id, or(patch.date(), old.date()), or(patch.title(), old.title()),
                or(patch.summary(), old.summary()), or(patch.type(), old.type()), actors,
                or(patch.place(), old.place()), patch.clearFatalities() ? null : or(patch.fatalities(), old.fatalities()),
                sources, List.copyOf(tags), patch.note() == null ? old.note() : patch.note().isBlank() ? null
                : patch.note());
        return replace(dataset, old.id(), edited);
    }

    /** {@code dataset} with event {@code id} replaced by {@code event} in its place. */
    public static Dataset replace(Dataset dataset, String id, Event event) {
        List<Event> events = new ArrayList<>();
        for (Event e : dataset.events()) {
            events.add(e.id().equals(id) ? event : e);
        }
        return new Dataset(dataset.id(), dataset.version(), dataset.title(), dataset.description(), dataset.actors(),
                events);
    }

    /** {@code dataset} without the events {@code refs} name (ids or unique prefixes). */
    public static Dataset remove(Dataset dataset, List<String> refs) {
        Set<String> gone = new LinkedHashSet<>();
        for (String ref : refs) {
            gone.add(find(dataset, ref).id());
        }
        return new Dataset(dataset.id(), dataset.version(), dataset.title(), dataset.description(), dataset.actors(),
                dataset.events().stream().filter(e -> !gone.contains(e.id())).toList());
    }

    /** {@code dataset} with {@code event} appended. */
    public static Dataset append(Dataset dataset, Event event) {
        requireNewId(dataset, event.id());
        List<Event> events = new ArrayList<>(dataset.events());
        events.add(event);
        return new Dataset(dataset.id(), dataset.version(), dataset.title(), dataset.description(), dataset.actors(),
                events);
    }

    static void requireNewId(Dataset dataset, String id) {
        if (!Slugs.isValidId(id)) {
            throw new ChangeRefused("'" + id + "' is not a usable id; expected a slug without blanks, e.g. "
                    + "baku-wants-good-ties");
        }
        if (dataset.event(id).isPresent()) {
            throw new ChangeRefused("an event with id '" + id + "' already exists; choose another --id");
        }
    }

    static Actor known(ActorResolver resolver, String option, String name) {
        return resolver.find(name).orElseThrow(() -> {
            List<String> near = resolver.suggest(name);
            return new ChangeRefused("unknown actor '" + name + "' for " + option + (near.isEmpty()
                    ? "; no known actor has a similar name (add it with 'timeline actors add')"
                    : " (did you mean " + String.join(" or ", near.stream().map(n -> "'" + n + "'").toList())
                    + "?)"));
        });
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
