package dev.timeline.dataset;

import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.query.ActorResolver;
import dev.timeline.query.Timeline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the drafts of a draft dataset ({@code timeline extract --format dataset}) into events of a curated one, for
 * {@code timeline review}. The extractor marks a draft with the tag {@value #DRAFT_TAG} and a note ("draft,
 * confidence 0.8; date from ...; evidence at code points 10-90"); an accepted event keeps neither, except what the
 * note says about a date that does not come from the sentence itself. A draft's actors are the target's when it
 * has them (by id, else by name or alias); the others are created on acceptance, as {@code add --new-actor} does.
 */
public final class DraftReview {

    /** The tag the extractor puts on every draft. */
    public static final String DRAFT_TAG = "draft";

    private static final Pattern CONFIDENCE = Pattern.compile("(?:^|; )draft, confidence ([0-9.]+)(?:;|$)");

    private DraftReview() {
    }

    /**
     * What accepting a draft did.
     *
     * @param dataset the dataset with the event (unchanged when {@code alreadyAs} is set)
     * @param event   the event as added, or the one already there
     * @param created the actors created for it, in the order made
     * @param renamed true when the draft's id was taken and the event got a fresh one
     * @param already true when an event equal to it (but for its id) was there already, and nothing was added
     */
    public record Accepted(Dataset dataset, Event event, List<Actor> created, boolean renamed, boolean already) {
        public Accepted {
            created = List.copyOf(created);
        }
    }

    /** The drafts of {@code drafts} in date order (earliest day, then latest, then id), as the timeline sorts. */
    public static List<Event> ordered(Dataset drafts) {
        return drafts.events().stream().sorted(Timeline.ORDER).toList();
    }

    /** The confidence the extractor gave {@code draft} in its note, if it did. */
    public static OptionalDouble confidence(Event draft) {
        if (draft.note() != null) {
            Matcher m = CONFIDENCE.matcher(draft.note());
            if (m.find()) {
                try {
                    return OptionalDouble.of(Double.parseDouble(m.group(1)));
                } catch (NumberFormatException e) {
                    return OptionalDouble.empty();
                }
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * {@code draft} without the extractor's markers: no {@value #DRAFT_TAG} tag, and of its note only what is not a
     * marker (the confidence, the evidence's offsets, "date from the text"); a note left empty is dropped.
     */
    public static Event undrafted(Event draft) {
        List<String> tags = draft.tags().stream().filter(t -> !t.equals(DRAFT_TAG)).toList();
        String note = null;
        if (draft.note() != null) {
            List<String> kept = new ArrayList<>();
            for (String part : draft.note().split("; ")) {
                String p = part.strip();
                if (!p.isEmpty() && !p.startsWith("draft, confidence ") && !p.startsWith("evidence at code points ")
                        && !p.equals("date from the text")) {
                    kept.add(p);
                }
            }
            note = kept.isEmpty() ? null : capitalised(String.join("; ", kept)) + ".";
        }
        return new Event(draft.id(), draft.date(), draft.title(), draft.summary(), draft.type(), draft.actors(),
                draft.place(), draft.fatalities(), draft.sources(), tags, note);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * {@code current} with {@code event} (a draft of {@code drafts}, undrafted and perhaps edited) appended, its
     * actors mapped to {@code current}'s or created.
     *
     * @param freshId give the event a fresh id ("-2", "-3"...) when its own is taken; else a taken id is refused
     * @throws ChangeRefused when the id is taken (without {@code freshId}) or not a usable id, or an actor is named
     *                       that neither dataset has
     */
    public static Accepted accept(Dataset current, Dataset drafts, Event event, boolean freshId) {
        Map<String, String> mapped = new LinkedHashMap<>();
        List<Actor> created = new ArrayList<>();
        Dataset with = current;
        for (Participation p : event.actors()) {
            with = ensureActor(with, drafts, p.actorId(), mapped, created, new HashSet<>());
        }
        List<Participation> roles = new ArrayList<>();
        for (Participation p : event.actors()) {
            String id = mapped.get(p.actorId());
            if (roles.stream().noneMatch(r -> r.actorId().equals(id))) {
                roles.add(new Participation(id, p.role()));
            }
        }
        Event mappedEvent = withIdAndActors(event, event.id(), roles);
        for (Event e : current.events()) {
            if (withIdAndActors(mappedEvent, e.id(), roles).equals(e)) {
                return new Accepted(current, e, List.of(), false, true);
            }
        }
        boolean renamed = false;
        if (freshId && current.event(event.id()).isPresent()) {
            Set<String> taken = current.events().stream().map(Event::id).collect(Collectors.toSet());
            mappedEvent = withIdAndActors(mappedEvent, Slugs.unique(event.id(), taken), roles);
            renamed = true;
        }
        return new Accepted(EventChanges.append(with, mappedEvent), mappedEvent, created, renamed, false);
    }

    /** Maps draft actor {@code id} to an actor of {@code dataset}, creating it (and what it is part of) if need be. */
    private static Dataset ensureActor(Dataset dataset, Dataset drafts, String id, Map<String, String> mapped,
            List<Actor> created, Set<String> visiting) {
        if (mapped.containsKey(id)) {
            return dataset;
        }
        if (dataset.actorsById().containsKey(id)) {
            mapped.put(id, id);
            return dataset;
        }
        Actor draft = drafts.actorsById().get(id);
        if (draft == null) {
            throw new ChangeRefused("unknown actor '" + id + "': neither the target nor the drafts have it");
        }
        ActorResolver resolver = new ActorResolver(dataset.actors());
        var same = resolver.find(draft.name());
        if (same.isPresent()) {
            mapped.put(id, same.get().id());
            return dataset;
        }
        Dataset with = dataset;
        String partOf = null;
        if (draft.partOf() != null && visiting.add(id)) {
            with = ensureActor(with, drafts, draft.partOf(), mapped, created, visiting);
            partOf = mapped.get(draft.partOf());
        }
        Set<String> taken = with.actors().stream().map(Actor::id).collect(Collectors.toSet());
        String newId = Slugs.isValidId(id) && !taken.contains(id) ? id : Slugs.unique(Slugs.of(draft.name()), taken);
        Actor actor = ActorChanges.create(with, new ActorChanges.Fields(newId, draft.name(), draft.kind(),
                draft.country(), draft.aliases(), null, partOf, draft.position()));
        created.add(actor);
        mapped.put(id, actor.id());
        return ActorChanges.append(with, actor);
    }

    private static Event withIdAndActors(Event e, String id, List<Participation> actors) {
        return new Event(id, e.date(), e.title(), e.summary(), e.type(), actors, e.place(), e.fatalities(),
                e.sources(), e.tags(), e.note());
    }
}
