package dev.timeline.query;

import static dev.timeline.support.Records.SAME_ID;
import static dev.timeline.support.Records.record;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dates.Precision;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded random sets of records from three datasets, a few actors, types and dates (days, months, short intervals,
 * a year), checked against an oracle that applies the rule to every pair straight from the dates, and for the
 * properties the grouping promises. The seed is printed; rerun a failure with {@code -Dtimeline.seed=<seed>}.
 */
class CorroborationPropertyTest {

    private static final String[] DATASETS = {"mine", "acled", "gdelt"};
    private static final String[] ACTORS = {"iran", "azerbaijan", "israel", "armenia"};
    private static final EventType[] TYPES = {EventType.BATTLES, EventType.ARMED_ATTACK, EventType.PROTESTS,
        EventType.RIOTS, EventType.STATEMENT, EventType.STRATEGIC_DEVELOPMENTS, EventType.CAMEO_ASSAULT};
    private static final LocalDate BASE = LocalDate.parse("2023-02-20");

    private static long seed;

    @BeforeAll
    static void seed() {
        seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("CorroborationPropertyTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
    }

    private static List<Event> randomRecords(Random random, boolean daysOnly) {
        int n = 2 + random.nextInt(40);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate day = BASE.plusDays(random.nextInt(45));
            int form = daysOnly ? 0 : random.nextInt(10);
            String date = switch (form) {
                case 7 -> String.format("%04d-%02d", day.getYear(), day.getMonthValue());
                case 8 -> day + "/" + day.plusDays(1 + random.nextInt(40));
                case 9 -> Integer.toString(day.getYear());
                default -> day.toString();
            };
            int actorCount = random.nextInt(3);
            String[] actors = new String[actorCount];
            for (int k = 0; k < actorCount; k++) {
                actors[k] = ACTORS[random.nextInt(ACTORS.length)];
            }
            events.add(record(DATASETS[random.nextInt(DATASETS.length)], "e" + i, date,
                    TYPES[random.nextInt(TYPES.length)], actors));
        }
        return events;
    }

    /** The rule, pair by pair, from the dates alone: an oracle written apart from the sweep. */
    private static boolean oracle(Event a, Event b, int tolerance) {
        if (a == b || Objects.equals(a.dataset(), b.dataset())) {
            return false;
        }
        for (Event e : List.of(a, b)) {
            if (e.date().isOpenStart() || e.date().isOpenEnd()
                    || e.date().latest().toEpochDay() - e.date().earliest().toEpochDay() + 1 > 31) {
                return false;
            }
        }
        if (a.date().precision() != Precision.DAY && b.date().precision() != Precision.DAY) {
            return false;
        }
        LocalDate aFirst = a.date().earliest();
        LocalDate aLast = a.date().latest();
        LocalDate bFirst = b.date().earliest();
        LocalDate bLast = b.date().latest();
        boolean near = !aFirst.isAfter(bLast.plusDays(tolerance)) && !bFirst.isAfter(aLast.plusDays(tolerance));
        if (!near) {
            return false;
        }
        boolean typesFit = a.type() == b.type() || a.quad().isClass() && a.quad() == b.quad()
                || violent(a) && violent(b);
        Set<String> shared = new HashSet<>(SAME_ID.apply(a));
        shared.retainAll(SAME_ID.apply(b));
        return typesFit && !shared.isEmpty();
    }

    private static boolean violent(Event e) {
        return e.quad() == dev.timeline.model.QuadClass.MATERIAL_CONFLICT || e.type() == EventType.RIOTS;
    }

    @Test
    void theSweepAgreesWithEveryPairAndIsSymmetric() {
        Random random = new Random(seed);
        for (int run = 0; run < 300; run++) {
            List<Event> events = randomRecords(random, false);
            int tolerance = random.nextInt(4);
            Corroboration c = Corroboration.of(events, SAME_ID, tolerance);
            for (Event a : events) {
                List<Event> expected = new ArrayList<>();
                for (Event b : events) {
                    boolean oracle = oracle(a, b, tolerance);
                    assertThat(c.corroborate(a, b)).as("seed %d run %d: %s and %s", seed, run, a, b)
                            .isEqualTo(oracle).isEqualTo(c.corroborate(b, a));
                    if (oracle) {
                        expected.add(b);
                    }
                }
                expected.sort(Corroboration.ORDER);
                assertThat(c.partners(a)).as("seed %d run %d: partners of %s", seed, run, a)
                        .containsExactlyElementsOf(expected);
                assertThat(c.isCorroborated(a)).as("seed %d run %d: %s", seed, run, a)
                        .isEqualTo(!expected.isEmpty()).isEqualTo(c.groupOf(a) != null);
            }
        }
    }

    @Test
    void groupsHoldEachRecordOnceAndEveryMemberCorroboratesAnotherDatasetsMember() {
        Random random = new Random(seed + 1);
        for (int run = 0; run < 300; run++) {
            List<Event> events = randomRecords(random, false);
            int tolerance = random.nextInt(4);
            Corroboration c = Corroboration.of(events, SAME_ID, tolerance);
            Map<Event, CorroborationGroup> seen = new IdentityHashMap<>();
            for (CorroborationGroup group : c.groups()) {
                assertThat(group.datasets()).as("seed %d run %d: %s", seed, run, group).hasSizeGreaterThan(1);
                assertThat(group.records()).isSortedAccordingTo(Corroboration.ORDER);
                for (Event member : group.records()) {
                    assertThat(seen.put(member, group)).as("seed %d run %d: %s twice", seed, run, member).isNull();
                    assertThat(c.groupOf(member)).isSameAs(c.groupOf(group.first()));
                    assertThat(group.records()).as("seed %d run %d: %s corroborates one of %s", seed, run, member,
                            group).anyMatch(other -> c.corroborate(member, other));
                }
            }
        }
    }

    @Test
    void groupsOfDayRecordsSpanAtMostFourTimesTheTolerance() {
        // every member is within the tolerance of the anchor or of a record that is: 2N either side of the anchor
        Random random = new Random(seed + 2);
        for (int run = 0; run < 300; run++) {
            int tolerance = random.nextInt(4);
            for (CorroborationGroup group : Corroboration.of(randomRecords(random, true), SAME_ID, tolerance)
                    .groups()) {
                long first = group.first().date().earliest().toEpochDay();
                long last = group.records().get(group.records().size() - 1).date().earliest().toEpochDay();
                assertThat(last - first).as("seed %d run %d: %s", seed, run, group).isLessThanOrEqualTo(
                        4L * tolerance);
            }
        }
    }

    @Test
    void groupsDoNotDependOnTheOrderRecordsComeIn() {
        Random random = new Random(seed + 3);
        for (int run = 0; run < 300; run++) {
            List<Event> events = randomRecords(random, false);
            int tolerance = random.nextInt(4);
            List<CorroborationGroup> groups = Corroboration.of(events, SAME_ID, tolerance).groups();
            List<Event> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, random);
            assertThat(Corroboration.of(shuffled, SAME_ID, tolerance).groups()).as("seed %d run %d", seed, run)
                    .isEqualTo(groups);
        }
    }
}
