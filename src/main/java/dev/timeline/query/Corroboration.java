package dev.timeline.query;

import dev.timeline.dates.Precision;
import dev.timeline.model.Actor;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Participation;
import dev.timeline.model.QuadClass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Which records of different datasets read together describe the same incident (issue #15).
 *
 * <p><b>The rule.</b> Two records corroborate each other when all of these hold:
 * <ol>
 * <li>They come from different datasets ({@link Event#dataset()}): a dataset's own records are distinct incidents as
 * far as it is concerned, so two of them never corroborate each other.</li>
 * <li>Their dates pin them down: each span is bounded and at most {@value #LONGEST_SPAN_DAYS} days long (a day, a
 * short interval, a month; never a season, a year or an open interval, which could be any of many incidents), and at
 * least one of the two is precise to the day. A month-precise record may corroborate a day-precise one in (or within
 * the tolerance of) its month; two month-precise records never corroborate each other, as neither says which
 * incident it is.</li>
 * <li>Their spans are at most the tolerance apart: the days between the end of one and the start of the other number
 * at most {@code N} ({@code --tolerance}, default {@value #DEFAULT_TOLERANCE_DAYS}: day and day+1 match, day+2 does
 * not). A month-precise record's span is its whole month, not widened: its imprecision is already in it.</li>
 * <li>They share an actor after linking: an actor key ({@link ActorLinks#keys}: itself, its crosswalk links, its
 * state) of one of the first record's actors, in any role, is a key of one of the second's.</li>
 * <li>Their types are compatible (see {@link #compatibleTypes}): the same type; or the same CAMEO quad class
 * ({@link Event#quad()}, a GDELT row's own); or both violent, where violent is material conflict or a riot
 * (ACLED's Riots, CAMEO 145: coders split violent crowds between the two). A record with no quad class (ACLED's
 * strategic developments) matches only its own type.</li>
 * </ol>
 * The relation is symmetric and ignores the order records come in; {@link #partners} and {@link #isCorroborated}
 * answer it.
 *
 * <p><b>Groups</b> ({@link #groups}) show each incident once. Records are swept in date order; each joins the group
 * whose anchor (the record that opened it) it corroborates most closely: fewest days apart, then the anchor with the
 * shorter span (a day-precise anchor before a month), then the earlier anchor; a record that corroborates no open
 * anchor opens a group. A record left alone by that sweep but corroborating a member of a group then joins that group
 * (the closest such member's). So every member corroborates its anchor, or a record that does: a group reaches at
 * most twice the tolerance past its anchor, and a month of daily protests in two datasets becomes daily groups, never
 * one chain. Several records of one dataset may join one group (GDELT's many reports of one incident all corroborate
 * the same record of another dataset), but never by corroborating each other. A record is in a group exactly when it
 * is corroborated.
 *
 * <p><b>Cost.</b> Sorting is {@code O(n log n)}; each record's actor keys are computed once, and each record is
 * then compared only with the records that share one of its keys and start in its window of dates (within the
 * tolerance of its span; a month earlier for records longer than a day), found by binary search in that key's
 * records: a sort-and-sweep over dates per key, never every pair. {@code O(n log n + n·k·w)} for {@code k} keys a
 * record and {@code w} records of one key in such a window.
 *
 * <p>Not safe for use by several threads at once: searches share one scratch array.
 */
public final class Corroboration {

    /** The default tolerance: records one day apart may describe the same incident (reports lag, time zones). */
    public static final int DEFAULT_TOLERANCE_DAYS = 1;

    /** The longest span a record may have and still pin down one incident: a month. */
    public static final int LONGEST_SPAN_DAYS = 31;

    /** The largest tolerance accepted: beyond a month, "the same incident" means nothing. */
    public static final int MAX_TOLERANCE_DAYS = 31;

    /** The sweep's order: {@link Timeline#ORDER}'s date, then dataset (none first), then id. */
    public static final Comparator<Event> ORDER = Comparator.comparing(Event::date)
            .thenComparing(Event::dataset, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Event::id);

    private final int tolerance;
    /** The records that may corroborate at all (rule 2), in {@link #ORDER}. */
    private final Event[] records;
    private final long[] start;
    private final long[] end;
    private final boolean[] dayPrecise;
    private final List<Set<String>> keys;
    private final Map<Event, Integer> index = new IdentityHashMap<>();
    /** Each actor key's records. */
    private final Map<String, Postings> byKey = new HashMap<>();
    /** The search that last met each record ({@link #searches} then): no list of candidates repeats one. */
    private final int[] seen;
    private int searches;
    private List<CorroborationGroup> groups;
    private int[] groupOf;

    private Corroboration(Collection<Event> events, Function<Event, Set<String>> actorKeys, int tolerance) {
        this.tolerance = tolerance;
        this.records = events.stream().filter(Corroboration::pinsDown).sorted(ORDER).toArray(Event[]::new);
        int n = records.length;
        start = new long[n];
        end = new long[n];
        dayPrecise = new boolean[n];
        keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Event e = records[i];
            start[i] = e.date().earliest().toEpochDay();
            end[i] = e.date().latest().toEpochDay();
            dayPrecise[i] = e.date().precision() == Precision.DAY;
            Set<String> k = actorKeys.apply(e);
            keys.add(k == null ? Set.of() : k);
            index.putIfAbsent(e, i);
            for (String key : keys.get(i)) {
                Postings postings = byKey.computeIfAbsent(key, x -> new Postings());
                (end[i] == start[i] ? postings.oneDay : postings.longer).add(i);
            }
        }
        seen = new int[n];
    }

    /**
     * The corroboration among {@code events}.
     *
     * @param events        records of any datasets, in any order; the same instances are later asked about
     * @param actorKeys     each record's actor keys (see {@link #actorKeys}); null or empty: it shares no actor
     * @param toleranceDays N of rule 3, 0..{@value #MAX_TOLERANCE_DAYS}
     * @throws IllegalArgumentException when the tolerance is out of range
     * @throws NullPointerException     when an argument is null
     */
    public static Corroboration of(Collection<Event> events, Function<Event, Set<String>> actorKeys,
            int toleranceDays) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(actorKeys, "actorKeys");
        if (toleranceDays < 0 || toleranceDays > MAX_TOLERANCE_DAYS) {
            throw new IllegalArgumentException("tolerance " + toleranceDays + " days is outside 0.."
                    + MAX_TOLERANCE_DAYS);
        }
        return new Corroboration(events, actorKeys, toleranceDays);
    }

    /**
     * The actor keys of a record, as the CLI links them: {@link ActorLinks#keys} of each actor it names (looked up in
     * {@code actorsById}; an actor missing there is keyed by its own id, {@code id:DATASET/ID}).
     */
    public static Function<Event, Set<String>> actorKeys(ActorLinks links, Map<String, Actor> actorsById) {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(actorsById, "actorsById");
        return event -> {
            Set<String> out = new HashSet<>();
            for (Participation p : event.actors()) {
                Actor actor = actorsById.get(p.actorId());
                if (actor == null) {
                    out.add("id:" + event.dataset() + "/" + p.actorId());
                } else {
                    out.addAll(links.keys(event.dataset(), actor));
                }
            }
            return out;
        };
    }

    /** Whether a record's date may corroborate at all (rule 2): a bounded span of at most a month. */
    public static boolean pinsDown(Event event) {
        LocalDate first = event.date().earliest();
        LocalDate last = event.date().latest();
        return !first.equals(LocalDate.MIN) && !last.equals(LocalDate.MAX)
                && last.toEpochDay() - first.toEpochDay() < LONGEST_SPAN_DAYS;
    }

    /**
     * Rule 5: whether two records' types may describe the same incident.
     *
     * <table>
     * <caption>Compatible types</caption>
     * <tr><th>when</th><th>example</th></tr>
     * <tr><td>the same type</td><td>strategic-developments and strategic-developments</td></tr>
     * <tr><td>the same quad class (the record's own, {@link Event#quad()})</td><td>armed-attack (curated) and
     * battles (ACLED): material conflict</td></tr>
     * <tr><td>both violent: material conflict or riots</td><td>riots (ACLED, verbal conflict) and cameo-assault
     * (GDELT, material conflict)</td></tr>
     * <tr><td>otherwise not</td><td>protests and battles; statement and threat; strategic-developments and
     * anything else</td></tr>
     * </table>
     */
    public static boolean compatibleTypes(Event a, Event b) {
        if (a.type() == b.type()) {
            return true;
        }
        QuadClass qa = a.quad();
        QuadClass qb = b.quad();
        if (qa.isClass() && qa == qb) {
            return true;
        }
        return violent(a) && violent(b);
    }

    private static boolean violent(Event e) {
        return e.quad() == QuadClass.MATERIAL_CONFLICT || e.type() == EventType.RIOTS;
    }

    /** Whether {@code a} and {@code b} corroborate each other by the rule (symmetric; false for one record). */
    public boolean corroborate(Event a, Event b) {
        Integer i = index.get(a);
        Integer j = index.get(b);
        return i != null && j != null && corroborate(i, j);
    }

    private boolean corroborate(int i, int j) {
        if (i == j || Objects.equals(records[i].dataset(), records[j].dataset())) {
            return false;
        }
        if (!dayPrecise[i] && !dayPrecise[j]) {
            return false;
        }
        if (gap(i, j) > tolerance) {
            return false;
        }
        if (!compatibleTypes(records[i], records[j])) {
            return false;
        }
        Set<String> small = keys.get(i).size() <= keys.get(j).size() ? keys.get(i) : keys.get(j);
        Set<String> large = small == keys.get(i) ? keys.get(j) : keys.get(i);
        for (String key : small) {
            if (large.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** Days between the two spans: 0 when they overlap or touch. */
    private long gap(int i, int j) {
        return Math.max(0, Math.max(start[j] - end[i], start[i] - end[j]));
    }

    /**
     * The records that may corroborate record {@code i}, each once, in index order: those sharing one of its actor
     * keys whose start lies where their span could come within the tolerance of its span. Only records that share
     * a key are looked at, and for each key only those in the window of dates: a binary search in the key's
     * records of one day (most records), and in its longer ones, which may start up to a month before.
     */
    private int[] candidates(int i) {
        int[] found = new int[8];
        int count = 0;
        int search = ++searches;
        for (String key : keys.get(i)) {
            Postings postings = byKey.get(key);
            for (int part = 0; part < 2; part++) {
                IntList list = part == 0 ? postings.oneDay : postings.longer;
                long from = start[i] - tolerance - (part == 0 ? 0 : LONGEST_SPAN_DAYS - 1);
                long to = end[i] + tolerance;
                for (int p = firstStartFrom(list, from); p < list.size && start[list.items[p]] <= to; p++) {
                    int j = list.items[p];
                    if (j != i && seen[j] != search) {
                        seen[j] = search;
                        if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = j;
                    }
                }
            }
        }
        int[] out = Arrays.copyOf(found, count);
        Arrays.sort(out);
        return out;
    }

    /** The first position in {@code list} whose record starts on or after {@code day}. */
    private int firstStartFrom(IntList list, long day) {
        return BinarySearch.firstTrue(list.size, p -> start[list.items[p]] >= day);
    }

    /** The records with one actor key, in index order: those of one day apart from the longer ones. */
    private static final class Postings {
        final IntList oneDay = new IntList();
        final IntList longer = new IntList();
    }

    /** A growable array of ints, for postings of a million records without boxing. */
    private static final class IntList {
        int[] items = new int[2];
        int size;

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }
    }

    /**
     * The records of other datasets that corroborate {@code event}, in {@link #ORDER}.
     *
     * @return the records, empty when none (or when {@code event} was not among the events given, or cannot
     *     corroborate by its date); not null
     */
    public List<Event> partners(Event event) {
        Integer i = index.get(event);
        if (i == null) {
            return List.of();
        }
        List<Event> out = new ArrayList<>();
        for (int j : candidates(i)) {
            if (corroborate(i, j)) {
                out.add(records[j]);
            }
        }
        return out;
    }

    /** Whether some record of another dataset corroborates {@code event}; the same as being in a group. */
    public boolean isCorroborated(Event event) {
        Integer i = index.get(event);
        if (i == null) {
            return false;
        }
        group();
        return groups.get(groupOf[i]) != null;
    }

    /** The group {@code event} is in, or null when it is corroborated by none. */
    public CorroborationGroup groupOf(Event event) {
        Integer i = index.get(event);
        if (i == null) {
            return null;
        }
        group();
        return groups.get(groupOf[i]);
    }

    /** The groups (see the class comment), ordered by their first record, each record in at most one. */
    public List<CorroborationGroup> groups() {
        group();
        return groups.stream().filter(Objects::nonNull)
                .sorted(Comparator.comparing(CorroborationGroup::first, ORDER)).toList();
    }

    /** Builds the groups once: {@code groupOf[i]} is the index of i's anchor; groups is null-padded by anchor. */
    private void group() {
        if (groups != null) {
            return;
        }
        int n = records.length;
        int[] anchor = new int[n];
        int[] size = new int[n];
        // pass 1: join the open anchor corroborated most closely, or open a group
        for (int i = 0; i < n; i++) {
            int best = -1;
            for (int j : candidates(i)) {
                if (j < i && anchor[j] == j && corroborate(i, j) && (best < 0 || closer(i, j, best))) {
                    best = j;
                }
            }
            anchor[i] = best < 0 ? i : best;
            size[anchor[i]]++;
        }
        // pass 2: a record left alone joins the group of the closest member of a group that it corroborates
        int[] joined = anchor.clone();
        for (int i = 0; i < n; i++) {
            if (anchor[i] != i || size[i] != 1) {
                continue;
            }
            int best = -1;
            for (int j : candidates(i)) {
                if (size[anchor[j]] >= 2 && corroborate(i, j) && (best < 0 || closer(i, j, best))) {
                    best = j;
                }
            }
            if (best >= 0) {
                joined[i] = anchor[best];
            }
        }
        List<List<Event>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            members.add(null);
        }
        for (int i = 0; i < n; i++) {
            int a = joined[i];
            if (members.get(a) == null) {
                members.set(a, new ArrayList<>(2));
            }
            members.get(a).add(records[i]);
        }
        List<CorroborationGroup> built = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Event> m = members.get(i);
            built.add(m == null || m.size() < 2 ? null : new CorroborationGroup(m.stream().sorted(ORDER).toList()));
        }
        groupOf = joined;
        groups = built;
    }

    /** Whether {@code j} is a closer match for {@code i} than {@code best}: fewer days apart, shorter span, earlier. */
    private boolean closer(int i, int j, int best) {
        long gj = gap(i, j);
        long gb = gap(i, best);
        if (gj != gb) {
            return gj < gb;
        }
        long lj = end[j] - start[j];
        long lb = end[best] - start[best];
        if (lj != lb) {
            return lj < lb;
        }
        return j < best;
    }
}
