package dev.timeline.query;

import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A dataset's events sorted once by date, and the search over them. */
public final class Timeline implements EventStore {

    /**
     * Earliest possible day, then latest, then id: the order of every listing. A class, not
     * {@code Comparator.comparing(...)}: every short run sorts, and on JDK 17 each lambda costs its linking there.
     */
    public static final Comparator<Event> ORDER = new Comparator<>() {
        @Override
        public int compare(Event a, Event b) {
            int byDate = a.date().compareTo(b.date());
            return byDate != 0 ? byDate : a.id().compareTo(b.id());
        }
    };

    private final Dataset dataset;
    private final List<Event> sorted;
    private final LocalDate[] starts;
    /** The latest day of any event up to each index: events before the first that reaches a day all end before it. */
    private final LocalDate[] reach;

    private Timeline(Dataset dataset) {
        this.dataset = dataset;
        this.sorted = dataset.events().stream().sorted(ORDER).toList();
        this.starts = new LocalDate[sorted.size()];
        this.reach = new LocalDate[sorted.size()];
        for (int i = 0; i < reach.length; i++) {
            starts[i] = sorted.get(i).date().earliest();
            LocalDate latest = sorted.get(i).date().latest();
            reach[i] = i > 0 && reach[i - 1].isAfter(latest) ? reach[i - 1] : latest;
        }
    }

    public static Timeline of(Dataset dataset) {
        return new Timeline(dataset);
    }

    @Override
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public Map<String, Actor> actorsById() {
        return dataset.actorsById();
    }

    @Override
    public List<Actor> actors() {
        return dataset.actors();
    }

    /** The dataset's events in its own order (not sorted). */
    @Override
    public void forEachStored(Consumer<Event> action) {
        dataset.events().forEach(action);
    }

    /** The dataset this timeline holds, as it was given. */
    @Override
    public Dataset whole() {
        return dataset;
    }

    @Override
    public ActorResolver resolver() {
        return new ActorResolver(dataset.actors());
    }

    @Override
    public Optional<Event> event(String id) {
        return dataset.event(id);
    }

    @Override
    public List<String> eventIds() {
        return sorted.stream().map(Event::id).toList();
    }

    /** All events, in date order. */
    public List<Event> events() {
        return sorted;
    }

    /** The events {@code query} selects, in its order and up to its limit. */
    @Override
    public List<Event> query(Query query) {
        // events are sorted by earliest day: none starting after the last day a condition allows can match
        LocalDate last = null;
        for (DateCondition condition : query.dates()) {
            if (!condition.range().isUnboundedEnd()) {
                LocalDate end = condition.range().getEndInclusive();
                last = last == null || end.isBefore(last) ? end : last;
            }
        }
        int end = last == null ? sorted.size() : firstStartAfter(last);
        // and none before the first event whose span (or an earlier one's) reaches the first day allowed
        int begin = 0;
        for (DateCondition condition : query.dates()) {
            if (!condition.range().isUnboundedStart()) {
                LocalDate first = condition.range().getStart();
                begin = Math.max(begin, condition.match() == Match.WITHIN ? firstStartFrom(first)
                        : firstReaching(first));
            }
        }
        EventMatcher matcher = new EventMatcher(query);
        List<Event> out = new ArrayList<>();
        if (query.descending()) {
            for (int i = end - 1; i >= begin && (query.limit() == 0 || out.size() < query.limit()); i--) {
                if (matcher.test(sorted.get(i))) {
                    out.add(sorted.get(i));
                }
            }
        } else {
            for (int i = begin; i < end && (query.limit() == 0 || out.size() < query.limit()); i++) {
                if (matcher.test(sorted.get(i))) {
                    out.add(sorted.get(i));
                }
            }
        }
        return out;
    }

    /** The first index whose start is on or after {@code day}. */
    private int firstStartFrom(LocalDate day) {
        return BinarySearch.firstOnOrAfter(starts, day);
    }

    /** The first index at which some event so far reaches {@code day} (its latest day is on or after it). */
    private int firstReaching(LocalDate day) {
        return BinarySearch.firstOnOrAfter(reach, day);
    }

    private int firstStartAfter(LocalDate day) {
        return BinarySearch.firstAfter(starts, day);
    }
}
