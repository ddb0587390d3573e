package dev.timeline.query;

import dev.timeline.dates.Precision;
import dev.timeline.model.Actor;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.model.QuadClass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.threeten.extra.YearQuarter;

/**
 * Counts of events per bucket: per month, quarter or year of their start, per type, per actor or per quad class;
 * optionally split by CAMEO quad class with the summed Goldstein intensity (the escalation curve). An event's quad
 * class and intensity are its own ({@link Event#quad()}: a GDELT row's QuadClass and GoldsteinScale), else its
 * type's; events with no quad class (background periods) are counted apart, in {@link QuadClass#NONE}, and add
 * nothing to the intensity.
 *
 * <p>The rule for dates: an event counts in the time bucket holding its earliest day, provided its date is known at
 * least as precisely as the bucket ({@code 2022-10} counts in month, quarter and year buckets; {@code 2021} only in
 * year buckets) and, for a single date (not an interval), its whole span lies in that bucket. So a season, which is
 * meteorological ({@code 2023-21} is March–May), straddles two quarters and counts only in year buckets, and a
 * winter ({@code 2023-24}, December to February) counts in none. Events the rule does not place, and those with an
 * open or unknown start, are left out and counted in {@link Result#leftOut()}: spreading them over buckets would
 * invent precision, and piling them into their first bucket would invent a spike. Time buckets between the first
 * and the last are all shown, with zero counts. Per actor, an event counts once for each actor it involves.
 *
 * <p>{@link #byDataset} splits each bucket by the dataset events come from, with how many of them are corroborated
 * (the coverage question asked of ACLED and GDELT): every dataset in every bucket, zeros included.
 */
public final class Stats {

    /** What to count by. */
    public enum By {
        MONTH(Precision.MONTH), QUARTER(Precision.SEASON), YEAR(Precision.YEAR), TYPE(null), ACTOR(null),
        QUAD(null);

        private final Precision needs;

        By(Precision needs) {
            this.needs = needs;
        }

        public boolean isTime() {
            return needs != null;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One bucket.
     *
     * @param key       "2023-03", "2023-Q1", "2023", a type id, an actor name or a quad class id
     * @param count     events in it
     * @param quads     events per quad class, indexed by {@link QuadClass#ordinal()} ({@link QuadClass#NONE} last)
     * @param intensity summed Goldstein intensity of its events
     */
    public record Bucket(String key, int count, int[] quads, double intensity) {
    }

    /**
     * @param buckets the buckets in order (time order, or largest first for types and actors)
     * @param counted events counted at least once
     * @param leftOut events left out by the date rule
     */
    public record Result(List<Bucket> buckets, int counted, int leftOut) {
    }

    /**
     * One bucket of one dataset.
     *
     * @param key          the bucket, as {@link Bucket#key()}
     * @param dataset      the dataset's name
     * @param count        its events in the bucket
     * @param corroborated how many of them are corroborated
     */
    public record DatasetBucket(String key, String dataset, int count, int corroborated) {
    }

    /**
     * @param rows     per bucket in order, per dataset in {@code datasets}' order
     * @param datasets the datasets' names, in name order
     * @param counted  events counted at least once
     * @param leftOut  events left out by the date rule
     */
    public record DatasetResult(List<DatasetBucket> rows, List<String> datasets, int counted, int leftOut) {
    }

    private Stats() {
    }

    /**
     * Counts per bucket and per dataset, and how many are corroborated.
     *
     * @param datasetOf    the name of an event's dataset
     * @param corroborated whether an event is corroborated (e.g. {@link Corroboration#isCorroborated})
     */
    public static DatasetResult byDataset(List<Event> events, By by, Map<String, Actor> actors,
            Function<Event, String> datasetOf, Predicate<Event> corroborated) {
        Map<String, List<Event>> groups = new LinkedHashMap<>();
        Set<String> datasets = new TreeSet<>();
        int leftOut = 0;
        int counted = 0;
        for (Event event : events) {
            datasets.add(datasetOf.apply(event));
            List<String> keys = keys(event, by, actors);
            if (keys.isEmpty()) {
                leftOut++;
                continue;
            }
            counted++;
            for (String key : keys) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
            }
        }
        List<DatasetBucket> rows = new ArrayList<>();
        for (String key : order(groups, by)) {
            Map<String, int[]> tally = new LinkedHashMap<>();
            datasets.forEach(d -> tally.put(d, new int[2]));
            for (Event event : groups.getOrDefault(key, List.of())) {
                int[] t = tally.get(datasetOf.apply(event));
                t[0]++;
                if (corroborated.test(event)) {
                    t[1]++;
                }
            }
            tally.forEach((dataset, t) -> rows.add(new DatasetBucket(key, dataset, t[0], t[1])));
        }
        return new DatasetResult(rows, List.copyOf(datasets), counted, leftOut);
    }

    public static Result count(List<Event> events, By by, Map<String, Actor> actors) {
        Map<String, List<Event>> groups = new LinkedHashMap<>();
        int leftOut = 0;
        int counted = 0;
        for (Event event : events) {
            List<String> keys = keys(event, by, actors);
            if (keys.isEmpty()) {
                leftOut++;
                continue;
            }
            counted++;
            for (String key : keys) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
            }
        }
        List<String> order = order(groups, by);
        List<Bucket> buckets = new ArrayList<>();
        for (String key : order) {
            buckets.add(bucket(key, groups.getOrDefault(key, List.of())));
        }
        return new Result(buckets, counted, leftOut);
    }

    private static Bucket bucket(String key, List<Event> events) {
        int[] quads = new int[QuadClass.values().length];
        double intensity = 0;
        for (Event event : events) {
            QuadClass quad = event.quad();
            quads[quad.ordinal()]++;
            if (quad.isClass()) {
                intensity += event.intensity();
            }
        }
        return new Bucket(key, events.size(), quads, Math.round(intensity * 10) / 10.0);
    }

    /** The buckets an event counts in; empty when the date rule leaves it out. */
    static List<String> keys(Event event, By by, Map<String, Actor> actors) {
        switch (by) {
            case TYPE:
                return List.of(event.type().id());
            case QUAD:
                return List.of(event.quad().id());
            case ACTOR: {
                Set<String> names = new LinkedHashSet<>();
                for (Participation p : event.actors()) {
                    Actor actor = actors.get(p.actorId());
                    names.add(actor == null ? p.actorId() : actor.name());
                }
                return names.isEmpty() ? List.of("(no actor)") : List.copyOf(names);
            }
            default: {
                LocalDate start = event.date().earliest();
                if (event.date().isOpenStart() || !event.date().precision().atLeast(by.needs)) {
                    return List.of();
                }
                String key = timeKey(start, by);
                if (!event.date().isInterval() && !timeKey(event.date().latest(), by).equals(key)) {
                    return List.of();
                }
                return List.of(key);
            }
        }
    }

    static String timeKey(LocalDate day, By by) {
        return switch (by) {
            case MONTH -> String.format("%04d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> YearQuarter.from(day).toString();
            default -> String.format("%04d", day.getYear());
        };
    }

    private static List<String> order(Map<String, List<Event>> groups, By by) {
        if (by == By.QUAD) {
            return Arrays.stream(QuadClass.values()).map(QuadClass::id).toList();
        }
        if (!by.isTime()) {
            Map<String, Integer> counts = new TreeMap<>();
            groups.forEach((k, v) -> counts.put(k, v.size()));
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
        }
        List<String> keys = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (List<Event> events : groups.values()) {
            for (Event e : events) {
                LocalDate start = e.date().earliest();
                first = first == null || start.isBefore(first) ? start : first;
                last = last == null || start.isAfter(last) ? start : last;
            }
        }
        if (first == null) {
            return keys;
        }
        for (LocalDate day = first; !day.isAfter(last); day = next(day, by)) {
            keys.add(timeKey(day, by));
        }
        String lastKey = timeKey(last, by);
        if (!keys.contains(lastKey)) {
            keys.add(lastKey);
        }
        return keys;
    }

    private static LocalDate next(LocalDate day, By by) {
        return switch (by) {
            case MONTH -> day.withDayOfMonth(1).plusMonths(1);
            case QUARTER -> YearQuarter.from(day).plusQuarters(1).atDay(1);
            default -> day.withDayOfYear(1).plusYears(1);
        };
    }

}
