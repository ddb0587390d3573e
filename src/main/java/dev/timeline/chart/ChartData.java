package dev.timeline.chart;

import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Participation;
import dev.timeline.query.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a chart shows, before any geometry: the events split into context periods (drawn once, as background bands
 * across every lane) and lane events (drawn in each lane they belong to), the lanes, and a number for every event.
 *
 * <p>An event is a <em>context period</em> when its type is {@code policy-period} or {@code war}, or when its date is
 * an interval that is open at either end or longer than {@value #PERIOD_DAYS} days. A long single date such as
 * {@code 2021} (known only to the year) is not a period: it stays in its lanes as an imprecise bar.
 *
 * <p>A lane event belongs to the lane of every actor it involves, each counted once: with {@link LaneMode#ACTOR} an
 * event naming the IRGC and Iran's foreign minister appears once, in the Iran lane. An event with no actor goes to a
 * lane of its own. Lanes are ordered by how many events they hold (most first), then by name; beyond
 * {@code maxLanes} the smallest are gathered into one last "Other" lane. So every chart draws each context period
 * once and each lane event once per lane it is in: the rule that the browser test counts.
 */
public final class ChartData {

    /** An interval longer than this many days is a background period. */
    public static final int PERIOD_DAYS = 180;

    private final String title;
    private final String query;
    private final LaneMode mode;
    private final List<Event> events;
    private final List<Event> periods;
    private final List<Lane> lanes;
    private final Map<String, Integer> numbers;
    private final Map<String, List<Lane>> lanesOf;
    private final Map<String, Lane> primary;

    private ChartData(String title, String query, LaneMode mode, List<Event> events, List<Event> periods,
            List<Lane> lanes, Map<String, List<Lane>> lanesOf, Map<String, Lane> primary) {
        this.title = title;
        this.query = query;
        this.mode = mode;
        this.events = events;
        this.periods = periods;
        this.lanes = lanes;
        this.lanesOf = lanesOf;
        this.primary = primary;
        Map<String, Integer> numbering = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            numbering.put(events.get(i).id(), i + 1);
        }
        this.numbers = numbering;
    }

    /**
     * Sorts {@code selected} into periods and lanes.
     *
     * @param dataset  where the events come from (title, actors)
     * @param selected the events to show, in any order
     * @param mode     what lanes stand for
     * @param maxLanes at most this many lanes (at least 1), the last gathering the rest
     * @param query    the query as typed, for the header; "" for none
     */
    public static ChartData of(Dataset dataset, List<Event> selected, LaneMode mode, int maxLanes, String query) {
        Objects.requireNonNull(mode, "mode");
        if (maxLanes < 1) {
            throw new IllegalArgumentException("maxLanes must be at least 1: " + maxLanes);
        }
        List<Event> events = selected.stream().sorted(Timeline.ORDER).toList();
        List<Event> periods = events.stream().filter(ChartData::isPeriod).toList();
        Map<String, Actor> actors = dataset.actorsById();
        Map<String, List<String>> keysOf = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        Map<String, String> details = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Event event : events) {
            if (isPeriod(event)) {
                continue;
            }
            Set<String> keys = new LinkedHashSet<>();
            List<String[]> lanes = new ArrayList<>();
            if (mode == LaneMode.TYPE) {
                lanes.add(new String[] {event.type().id(), event.type().label(), "type " + event.type().id()});
            } else if (mode == LaneMode.DATASET) {
                lanes.add(event.dataset() == null ? new String[] {"", "One dataset", "events of the one dataset read"}
                        : new String[] {event.dataset(), event.dataset(), "dataset " + event.dataset()});
            } else if (event.actors().isEmpty()) {
                lanes.add(new String[] {"", "No actor", "events that name no actor"});
            } else {
                event.actors().forEach(p -> lanes.add(lane(mode, p, actors)));
            }
            for (String[] lane : lanes) {
                keys.add(lane[0]);
                labels.putIfAbsent(lane[0], lane[1]);
                details.putIfAbsent(lane[0], lane[2]);
            }
            keysOf.put(event.id(), List.copyOf(keys));
            keys.forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        List<String> order = new ArrayList<>(counts.keySet());
        order.sort(Comparator.<String>comparingInt(k -> -counts.get(k))
                .thenComparing(k -> labels.get(k).toLowerCase(Locale.ROOT)).thenComparing(k -> k));
        Map<String, String> laneKey = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            boolean gathered = order.size() > maxLanes && i >= maxLanes - 1;
            laneKey.put(order.get(i), gathered ? Lane.OTHER : order.get(i));
        }
        Map<String, List<Event>> laneEvents = new LinkedHashMap<>();
        for (String key : order) {
            laneEvents.computeIfAbsent(laneKey.get(key), k -> new ArrayList<>());
        }
        Map<String, Set<String>> laneKeysOf = new HashMap<>();
        for (Event event : events) {
            List<String> keys = keysOf.get(event.id());
            if (keys == null) {
                continue;
            }
            Set<String> shown = new LinkedHashSet<>();
            keys.forEach(k -> shown.add(laneKey.get(k)));
            shown.forEach(k -> laneEvents.get(k).add(event));
            laneKeysOf.put(event.id(), shown);
        }
        int gatheredCount = (int) order.stream().filter(k -> laneKey.get(k).equals(Lane.OTHER)).count();
        Map<String, Lane> lanesByKey = new LinkedHashMap<>();
        for (Map.Entry<String, List<Event>> entry : laneEvents.entrySet()) {
            String key = entry.getKey();
            Lane lane = key.equals(Lane.OTHER)
                    ? new Lane(key, "Other (" + gatheredCount + ")", "the " + gatheredCount + " smallest lanes: "
                            + String.join(", ", order.stream().filter(k -> laneKey.get(k).equals(Lane.OTHER))
                                    .map(labels::get).toList()), entry.getValue())
                    : new Lane(key, labels.get(key), details.get(key), entry.getValue());
            lanesByKey.put(key, lane);
        }
        Map<String, List<Lane>> lanesOf = new HashMap<>();
        Map<String, Lane> primary = new HashMap<>();
        laneKeysOf.forEach((id, keys) -> {
            List<Lane> list = keys.stream().map(lanesByKey::get).toList();
            lanesOf.put(id, list);
            primary.put(id, list.get(0));
        });
        return new ChartData(dataset.title(), query == null ? "" : query, mode, events, periods,
                List.copyOf(lanesByKey.values()), lanesOf, primary);
    }

    /** Whether {@code event} is drawn as a background period rather than in lanes (see the class comment). */
    public static boolean isPeriod(Event event) {
        if (event.type() == EventType.POLICY_PERIOD || event.type() == EventType.WAR) {
            return true;
        }
        if (!event.date().isInterval()) {
            return false;
        }
        if (event.date().isOpenStart() || event.date().isOpenEnd()) {
            return true;
        }
        return event.date().latest().toEpochDay() - event.date().earliest().toEpochDay() + 1 > PERIOD_DAYS;
    }

    /** {key, label, detail} of the lane that participation {@code p} puts {@code event} in. */
    private static String[] lane(LaneMode mode, Participation p, Map<String, Actor> actors) {
        Actor actor = actors.get(p.actorId());
        if (actor == null) {
            return new String[] {p.actorId(), p.actorId(), "actor " + p.actorId()};
        }
        Actor root = root(actor, actors);
        if (mode == LaneMode.COUNTRY) {
            String country = country(actor, actors);
            return country == null
                    ? new String[] {"", "No country", "actors with no country"}
                    : new String[] {country, countryName(country), "country " + country};
        }
        return new String[] {root.id(), root.name(), root.id().equals(actor.id()) ? root.name()
                : root.name() + " and everything part of it"};
    }

    /** The actor at the end of {@code actor}'s partOf chain (itself when it is part of nothing). */
    static Actor root(Actor actor, Map<String, Actor> actors) {
        Actor current = actor;
        Set<String> seen = new HashSet<>();
        while (current.partOf() != null && actors.containsKey(current.partOf()) && seen.add(current.id())) {
            current = actors.get(current.partOf());
        }
        return current;
    }

    private static String country(Actor actor, Map<String, Actor> actors) {
        Actor current = actor;
        Set<String> seen = new HashSet<>();
        while (current.country() == null && current.partOf() != null && actors.containsKey(current.partOf())
                && seen.add(current.id())) {
            current = actors.get(current.partOf());
        }
        return current.country();
    }

    private static final Map<String, String> COUNTRY_NAMES = new HashMap<>();

    private static synchronized String countryName(String alpha3) {
        if (COUNTRY_NAMES.isEmpty()) {
            for (String alpha2 : Locale.getISOCountries()) {
                Locale locale = new Locale("", alpha2);
                COUNTRY_NAMES.put(locale.getISO3Country(), locale.getDisplayCountry(Locale.ENGLISH));
            }
        }
        String name = COUNTRY_NAMES.get(alpha3);
        return name == null ? alpha3 : name;
    }

    /** The dataset's title. */
    public String title() {
        return title;
    }

    /** The query as typed, "" when the chart shows everything. */
    public String query() {
        return query;
    }

    public LaneMode mode() {
        return mode;
    }

    /** Every event shown, in date order (the order of their numbers). */
    public List<Event> events() {
        return events;
    }

    /** The background periods, in date order. */
    public List<Event> periods() {
        return periods;
    }

    /** The lanes, top to bottom. */
    public List<Lane> lanes() {
        return lanes;
    }

    /** The lanes {@code event} is drawn in: empty for a period. */
    public List<Lane> lanesOf(Event event) {
        return lanesOf.getOrDefault(event.id(), List.of());
    }

    /** The lane of {@code event}'s first actor, where its title is written; null for a period. */
    public Lane primaryLane(Event event) {
        return primary.get(event.id());
    }

    /** The event's number, 1 for the earliest. */
    public int number(Event event) {
        return numbers.get(event.id());
    }

    /**
     * The days an axis must show: each event's first day and the day after its last, where bounded. The day after,
     * so that a month-long event spans its month on the axis and a period ending in 2021 ends where 2022 starts.
     * Empty when no event has a bounded end.
     */
    public List<LocalDate> keyDays() {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Event event : events) {
            if (!event.date().isOpenStart()) {
                days.add(event.date().earliest());
            }
            if (!event.date().isOpenEnd()) {
                days.add(event.date().latest().plusDays(1));
            }
        }
        return List.copyOf(days);
    }

    /**
     * The width a day should get so that events on neighbouring days stand {@code markerWidth} apart: a quarter of
     * the gaps between the distinct first days of lane events are at most this close.
     */
    public double targetPerDay(double markerWidth) {
        TreeSet<Long> starts = new TreeSet<>();
        for (Event event : events) {
            if (!isPeriod(event)) {
                starts.add(event.date().earliest().toEpochDay());
            }
        }
        List<Long> gaps = new ArrayList<>();
        Long previous = null;
        for (long day : starts) {
            if (previous != null) {
                gaps.add(day - previous);
            }
            previous = day;
        }
        if (gaps.isEmpty()) {
            return markerWidth;
        }
        gaps.sort(null);
        return markerWidth / gaps.get(gaps.size() / 4);
    }

    /** How many marks with an event id a chart draws: each period once, each lane event once per lane. */
    public int markCount() {
        return periods.size() + lanesOf.values().stream().mapToInt(List::size).sum();
    }
}
