package dev.timeline.extract;

import dev.timeline.dates.EdtfException;
import dev.timeline.dates.EventDate;
import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Names;
import dev.timeline.model.Participation;
import dev.timeline.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An extraction as a dataset of draft events: each tagged {@code draft}, its confidence and where its date came
 * from in the note, the evidence sentence as its summary, the article as its first source. The actors are the
 * known ones the drafts name (with the actors they are part of, so every reference resolves) and the proposed
 * new ones, so the file is a dataset {@code validate} accepts.
 */
public final class DraftDataset {

    private DraftDataset() {
    }

    /**
     * @param known the actors the extraction was resolved against (for names, kinds and {@code partOf} chains)
     * @param name  what the dataset is named after (the article's title, or the input's name)
     */
    public static Dataset of(Extraction extraction, List<Actor> known, String name) {
        Map<String, Actor> byId = new LinkedHashMap<>();
        known.forEach(a -> byId.put(a.id(), a));
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, DraftActor> proposed = new LinkedHashMap<>();
        extraction.proposed().forEach(p -> proposed.put(p.id(), p));
        List<Event> events = new ArrayList<>();
        Article article = extraction.article();
        Source first = new Source(article.outlet(), EventDate.parse(article.published().toString()), article.title(),
                null, null);
        for (Draft d : extraction.drafts()) {
            EventDate date;
            try {
                date = EventDate.parse(d.date());
            } catch (EdtfException e) {
                continue; // never written by the extractor; kept out rather than written invalid
            }
            List<Participation> roles = new ArrayList<>();
            for (DraftActor a : d.actors()) {
                roles.add(new Participation(a.id(), a.role()));
                if (a.known()) {
                    for (Actor k = byId.get(a.id()); k != null && !actors.containsKey(k.id());
                            k = k.partOf() == null ? null : byId.get(k.partOf())) {
                        actors.put(k.id(), k);
                    }
                } else {
                    DraftActor p = proposed.getOrDefault(a.id(), a);
                    actors.putIfAbsent(a.id(), new Actor(a.id(), p.name(), p.kind(), null, List.of(), null, null));
                }
            }
            List<Source> sources = new ArrayList<>();
            sources.add(first);
            for (Citation.Report r : d.reports()) {
                sources.add(new Source(r.outlet(), EventDate.parse(r.published()), null, null, null));
            }
            String note = "draft, confidence " + d.confidence() + "; date from " + switch (d.dateSource()) {
                case "report" -> "the cited report's date only";
                case "coincidence" -> "an earlier event it coincided with";
                default -> "the text";
            }
                    + "; evidence at code points " + d.start() + "-" + d.end();
            events.add(new Event(d.id(), date, d.title(), d.evidence(), d.type(), roles, null, null, sources,
                    List.of("draft"), note));
        }
        String title = "Draft events from " + (name == null || name.isBlank() ? "an article" : name);
        String description = "Drafts proposed by timeline extract, to be reviewed: every event is tagged 'draft'.";
        return new Dataset("draft-" + Names.slug(name == null ? "article" : name), "0.1.0", title, description,
                new ArrayList<>(actors.values()), events);
    }
}
