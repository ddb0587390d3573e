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
