package dev.timeline.query;

import dev.timeline.model.Event;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Records from several datasets that describe the same incident, as {@link Corroboration} groups them: at least two
 * records, from at least two datasets, in date order ({@link Corroboration#ORDER}).
 *
 * @param records the records, earliest first; never null, at least two
 */
public record CorroborationGroup(List<Event> records) {

    public CorroborationGroup {
        records = List.copyOf(Objects.requireNonNull(records, "records"));
        if (records.size() < 2) {
            throw new IllegalArgumentException("a group holds at least two records, not " + records.size());
        }
    }

    /** The earliest record: the one a listing shows the group by. */
    public Event first() {
        return records.get(0);
    }

    /**
     * The record a listing shows the group by: the pivot of {@code --around} when it is one of them (the question
     * was about it), else the most precisely dated record (the narrowest span: a day before a week or a month; a
     * month-precise record never stands for a day it only may contain), of those the one whose dataset comes first
     * in {@code datasets} (the order of {@code --data}: the curated file a user names first), then the earliest.
     *
     * @param pivotId  the id of the event the listing is around, or null
     * @param datasets dataset names in the order they were given; a dataset not in it comes last
     */
    public Event shownBy(String pivotId, List<String> datasets) {
        Event best = null;
        for (Event e : records) {
            if (pivotId != null && e.id().equals(pivotId)) {
                return e;
            }
            if (best == null || days(e) < days(best)
                    || days(e) == days(best) && rank(e, datasets) < rank(best, datasets)) {
                best = e;
            }
        }
        return best;
    }

    private static int rank(Event e, List<String> datasets) {
        int i = datasets.indexOf(e.dataset());
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static long days(Event e) {
        return e.date().latest().toEpochDay() - e.date().earliest().toEpochDay();
    }

    /** Every record but {@link #first()}, in date order: the records that corroborate it or are grouped with it. */
    public List<Event> others() {
        return records.subList(1, records.size());
    }

    /** The datasets of the records, each once, in the records' order ({@code null} for a one-dataset run's). */
    public Set<String> datasets() {
        Set<String> names = new LinkedHashSet<>();
        records.forEach(e -> names.add(e.dataset()));
        return names;
    }
}
