package dev.timeline.model;

import dev.timeline.dates.EventDate;
import java.util.List;
import java.util.Objects;

/**
 * One dated event of a timeline.
 *
 * @param id         stable slug, unique in a dataset
 * @param date       when it happened, at the precision known
 * @param title      short title
 * @param summary    a sentence or two
 * @param type       its type in the controlled vocabulary
 * @param actors     who took part and how, in the order given; never null
 * @param place      where, or null
 * @param fatalities deaths the sources report, or null when they give none
 * @param sources    citations; never null
 * @param tags       free labels; never null
 * @param note       a curator's note (e.g. why the date has this form), or null
 */
public record Event(String id, EventDate date, String title, String summary, EventType type,
        List<Participation> actors, Place place, Integer fatalities, List<Source> sources, List<String> tags,
        String note) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        summary = summary == null ? "" : summary;
        actors = List.copyOf(actors == null ? List.of() : actors);
        sources = List.copyOf(sources == null ? List.of() : sources);
        tags = List.copyOf(tags == null ? List.of() : tags);
    }
}
