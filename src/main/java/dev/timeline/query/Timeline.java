package dev.timeline.query;

import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/** A dataset's events sorted once by date, and the search over them. */
public final class Timeline {

    /** Earliest possible day, then latest, then id: the order of every listing. */
    public static final Comparator<Event> ORDER = Comparator.comparing(Event::date).thenComparing(Event::id);

    private final Dataset dataset;
    private final List<Event> sorted;
    private final LocalDate[] starts;

    private Timeline(Dataset dataset) {
        this.dataset = dataset;
        this.sorted = dataset.events().stream().sorted(ORDER).toList();
        this.starts = sorted.stream().map(e -> e.date().earliest()).toArray(LocalDate[]::new);
    }

    public static Timeline of(Dataset dataset) {
        return new Timeline(dataset);
    }

    public Dataset dataset() {
        return dataset;
    }

    /** All events, in date order. */
    public List<Event> events() {
        return sorted;
    }

    /** The events {@code query} selects, in date order. */
    public List<Event> query(Query query) {
        LocalDateRange range = query.range();
        // events are sorted by earliest day: none starting after the range's last day can match
        int end = range.isUnboundedEnd() ? sorted.size() : firstStartAfter(range.getEndInclusive());
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            Event event = sorted.get(i);
            if (matchesDate(event, query) && matchesActors(event, query)) {
                out.add(event);
            }
        }
        return out;
    }

    private int firstStartAfter(LocalDate day) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid].isAfter(day)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    static boolean matchesDate(Event event, Query query) {
        LocalDateRange span = event.date().span();
        return switch (query.match()) {
            case OVERLAPS -> query.range().overlaps(span);
            case WITHIN -> query.range().encloses(span);
        };
    }

    private static boolean matchesActors(Event event, Query query) {
        if (query.actorIds().isEmpty()) {
            return true;
        }
        for (Participation p : event.actors()) {
            if (query.actorIds().contains(p.actorId())) {
                return true;
            }
        }
        return false;
    }
}
