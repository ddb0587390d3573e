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
 * @param tags       free labels; never null. {@code quad:N} and {@code goldstein:X}, as GDELT rows carry them, are the
 *                   event's own quad class and intensity ({@link #quad()}, {@link #intensity()})
 * @param note       a curator's note (e.g. why the date has this form), or null
 * @param dataset    the name of the dataset it was read from when a run reads several ({@code --data} given more
 *                   than once), or null when it reads one: the event's origin, shown and filtered on
 *                   ({@code --dataset})
 */
public record Event(String id, EventDate date, String title, String summary, EventType type,
        List<Participation> actors, Place place, Integer fatalities, List<Source> sources, List<String> tags,
        String note, String dataset) {

    /** An event of a run that reads one dataset: no origin. */
    public Event(String id, EventDate date, String title, String summary, EventType type,
            List<Participation> actors, Place place, Integer fatalities, List<Source> sources, List<String> tags,
            String note) {
        this(id, date, title, summary, type, actors, place, fatalities, sources, tags, note, null);
    }

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

    /** This event read from the dataset named {@code name} (null: none), under {@code newId} (its id made unique). */
    public Event withOrigin(String newId, String name) {
        return new Event(newId, date, title, summary, type, actors, place, fatalities, sources, tags, note, name);
    }

    private static final String QUAD_TAG = "quad:";
    private static final String GOLDSTEIN_TAG = "goldstein:";

    /**
     * The event's CAMEO quad class: the coder's own where the record gives one (a {@code quad:1}..{@code quad:4}
     * tag: GDELT's QuadClass column), else its type's.
     *
     * @return the class, not null; {@link QuadClass#NONE} for a type that is not an act and has no tag
     */
    public QuadClass quad() {
        for (String tag : tags) {
            if (tag.length() == QUAD_TAG.length() + 1 && tag.startsWith(QUAD_TAG)) {
                int code = tag.charAt(QUAD_TAG.length()) - '0';
                if (code >= 1 && code <= 4) {
                    return QuadClass.ofCode(code);
                }
            }
        }
        return type.quad();
    }

    /**
     * The event's Goldstein intensity: the coder's own where the record gives one (a {@code goldstein:X} tag with X
     * in [-10, 10]: GDELT's GoldsteinScale, ICEWS's Intensity), else its type's; 0 when {@link #quad()} is
     * {@link QuadClass#NONE}.
     */
    public double intensity() {
        for (String tag : tags) {
            if (tag.startsWith(GOLDSTEIN_TAG)) {
                try {
                    double value = Double.parseDouble(tag.substring(GOLDSTEIN_TAG.length()));
                    if (value >= -10 && value <= 10) {
                        return value;
                    }
                } catch (NumberFormatException e) {
                    // not a number: the type's value stands
                }
            }
        }
        return quad() == QuadClass.NONE ? 0.0 : type.intensity();
    }
}
