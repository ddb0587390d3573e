package dev.timeline.query;

import static dev.timeline.model.EventType.ARMED_ATTACK;
import static dev.timeline.model.EventType.BATTLES;
import static dev.timeline.model.EventType.CAMEO_ASSAULT;
import static dev.timeline.model.EventType.CAMEO_STATEMENT;
import static dev.timeline.model.EventType.MILITARY_EXERCISE;
import static dev.timeline.model.EventType.POLICY_PERIOD;
import static dev.timeline.model.EventType.PROTESTS;
import static dev.timeline.model.EventType.RIOTS;
import static dev.timeline.model.EventType.STATEMENT;
import static dev.timeline.model.EventType.STRATEGIC_DEVELOPMENTS;
import static dev.timeline.model.EventType.THREAT;
import static dev.timeline.support.Records.SAME_ID;
import static dev.timeline.support.Records.record;
import static dev.timeline.support.Records.tagged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The corroboration rule one part at a time (data tables), then the grouping: no chains, duplicates, order. */
class CorroborationTest {

    private static Arguments pair(String why, Event a, Event b, int tolerance, boolean expected) {
        return Arguments.of(why, a, b, tolerance, expected);
    }

    private static Event a(String date, EventType type, String... actors) {
        return record("acled", "a-" + date + "-" + type, date, type, actors);
    }

    private static Event g(String date, EventType type, String... actors) {
        return record("gdelt", "g-" + date + "-" + type, date, type, actors);
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                pair("same day, type and actor", a("2023-03-28", BATTLES, "iran"), g("2023-03-28", BATTLES, "iran"),
                        1, true),
                pair("one dataset never corroborates itself", a("2023-03-28", BATTLES, "iran"),
                        record("acled", "other", "2023-03-28", BATTLES, "iran"), 1, false),
                // (a) time, at the tolerance's boundary
                pair("a day apart, tolerance 1", a("2023-03-28", BATTLES, "iran"), g("2023-03-29", BATTLES, "iran"),
                        1, true),
                pair("two days apart, tolerance 1", a("2023-03-28", BATTLES, "iran"),
                        g("2023-03-30", BATTLES, "iran"), 1, false),
                pair("two days apart, tolerance 2", a("2023-03-28", BATTLES, "iran"),
                        g("2023-03-30", BATTLES, "iran"), 2, true),
                pair("three days apart, tolerance 2", a("2023-03-28", BATTLES, "iran"),
                        g("2023-03-31", BATTLES, "iran"), 2, false),
                pair("tolerance 0: the same day only", a("2023-03-28", BATTLES, "iran"),
                        g("2023-03-28", BATTLES, "iran"), 0, true),
                pair("tolerance 0: a day apart", a("2023-03-28", BATTLES, "iran"), g("2023-03-29", BATTLES, "iran"),
                        0, false),
                pair("across a month's end", a("2023-03-31", BATTLES, "iran"), g("2023-04-01", BATTLES, "iran"),
                        1, true),
                // (a) precision
                pair("a month and a day in it", a("2023-03", BATTLES, "iran"), g("2023-03-17", BATTLES, "iran"), 1,
                        true),
                pair("a month and the day after it, within tolerance", a("2023-03", BATTLES, "iran"),
                        g("2023-04-01", BATTLES, "iran"), 1, true),
                pair("a month and two days after it", a("2023-03", BATTLES, "iran"),
                        g("2023-04-02", BATTLES, "iran"), 1, false),
                pair("a month is not widened by the tolerance on its own", a("2023-03", BATTLES, "iran"),
                        g("2023-02-26", BATTLES, "iran"), 2, false),
                pair("two months never: neither pins the incident", a("2023-03", BATTLES, "iran"),
                        g("2023-03", BATTLES, "iran"), 1, false),
                pair("a month with unspecified day is a month", a("2023-03-XX", BATTLES, "iran"),
                        g("2023-03", BATTLES, "iran"), 1, false),
                pair("a season is too coarse", a("2023-21", BATTLES, "iran"), g("2023-03-17", BATTLES, "iran"), 1,
                        false),
                pair("a year is too coarse", a("2023", BATTLES, "iran"), g("2023-03-17", BATTLES, "iran"), 1,
                        false),
                pair("an open interval is too coarse", a("2023-03-01/..", BATTLES, "iran"),
                        g("2023-03-17", BATTLES, "iran"), 1, false),
                pair("a short interval of days", a("2023-03-01/2023-03-05", BATTLES, "iran"),
                        g("2023-03-06", BATTLES, "iran"), 1, true),
                pair("a short interval of days, two after", a("2023-03-01/2023-03-05", BATTLES, "iran"),
                        g("2023-03-07", BATTLES, "iran"), 1, false),
                pair("an interval of 31 days", a("2023-03-01/2023-03-31", BATTLES, "iran"),
                        g("2023-03-17", BATTLES, "iran"), 1, true),
                pair("an interval of 32 days is too long", a("2023-03-01/2023-04-01", BATTLES, "iran"),
                        g("2023-03-17", BATTLES, "iran"), 1, false),
                pair("a day-time is its UTC day", a("2023-03-28T23:00:00Z", BATTLES, "iran"),
                        g("2023-03-29", BATTLES, "iran"), 1, true),
                // (b) actors
                pair("no shared actor", a("2023-03-28", BATTLES, "iran"), g("2023-03-28", BATTLES, "israel"), 1,
                        false),
                pair("one shared actor of several", a("2023-03-28", BATTLES, "iran", "azerbaijan"),
                        g("2023-03-28", BATTLES, "israel", "azerbaijan"), 1, true),
                pair("no actors at all", a("2023-03-28", BATTLES), g("2023-03-28", BATTLES), 1, false),
                // (c) types
                pair("same quad class (material conflict)", a("2023-03-28", BATTLES, "iran"),
                        g("2023-03-28", ARMED_ATTACK, "iran"), 1, true),
                pair("exercise and battle: both material conflict", a("2023-03-28", MILITARY_EXERCISE, "iran"),
                        g("2023-03-28", BATTLES, "iran"), 1, true),
                pair("protest and battle", a("2023-03-28", PROTESTS, "iran"), g("2023-03-28", BATTLES, "iran"), 1,
                        false),
                pair("riot and assault: both violent", a("2023-03-28", RIOTS, "iran"),
                        g("2023-03-28", CAMEO_ASSAULT, "iran"), 1, true),
                pair("riot and protest: both verbal conflict", a("2023-03-28", RIOTS, "iran"),
                        g("2023-03-28", PROTESTS, "iran"), 1, true),
                pair("statement and threat", a("2023-03-28", STATEMENT, "iran"), g("2023-03-28", THREAT, "iran"), 1,
                        false),
                pair("strategic developments only with their own type", a("2023-03-28", STRATEGIC_DEVELOPMENTS,
                        "iran"), record("acled2", "x", "2023-03-28", STRATEGIC_DEVELOPMENTS, "iran"), 1, true),
                pair("strategic development and battle", a("2023-03-28", STRATEGIC_DEVELOPMENTS, "iran"),
                        g("2023-03-28", BATTLES, "iran"), 1, false),
                pair("no quad class and another with none", a("2023-03-28", STRATEGIC_DEVELOPMENTS, "iran"),
                        g("2023-03-28", POLICY_PERIOD, "iran"), 1, false),
                pair("a GDELT row's own quad class counts", a("2023-03-28", BATTLES, "iran"),
                        tagged(g("2023-03-28", CAMEO_STATEMENT, "iran"), "quad:4"), 1, true),
                pair("without its tag that row is verbal cooperation", a("2023-03-28", BATTLES, "iran"),
                        g("2023-03-28", CAMEO_STATEMENT, "iran"), 1, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void theRuleOnePartAtATime(String why, Event a, Event b, int tolerance, boolean expected) {
        Corroboration c = Corroboration.of(List.of(a, b), SAME_ID, tolerance);
        assertThat(c.corroborate(a, b)).as("a, b").isEqualTo(expected);
        assertThat(c.corroborate(b, a)).as("b, a").isEqualTo(expected);
        assertThat(c.partners(a)).isEqualTo(expected ? List.of(b) : List.of());
        assertThat(c.partners(b)).isEqualTo(expected ? List.of(a) : List.of());
        assertThat(c.isCorroborated(a)).isEqualTo(expected);
        assertThat(c.groups()).hasSize(expected ? 1 : 0);
    }

    @Test
    void aMonthOfDailyProtestsInTwoDatasetsIsDailyGroupsNotOneChain() {
        List<Event> events = new ArrayList<>();
        LocalDate day = LocalDate.parse("2023-03-01");
        for (int i = 0; i < 30; i++, day = day.plusDays(1)) {
            events.add(record("acled", "a" + i, day.toString(), PROTESTS, "protesters"));
            events.add(record("gdelt", "g" + i, day.toString(), PROTESTS, "protesters"));
        }
        List<CorroborationGroup> groups = Corroboration.of(events, SAME_ID, 1).groups();
        assertThat(groups).hasSize(30);
        for (int i = 0; i < 30; i++) {
            assertThat(groups.get(i).records()).extracting(Event::id).containsExactly("a" + i, "g" + i);
        }
    }

    @Test
    void alternatingDaysStayWithinTwiceTheTolerance() {
        // acled on even days, gdelt on odd ones: each record corroborates both neighbours, a chain if allowed
        List<Event> events = new ArrayList<>();
        LocalDate day = LocalDate.parse("2023-03-01");
        for (int i = 0; i < 30; i++, day = day.plusDays(1)) {
            events.add(record(i % 2 == 0 ? "acled" : "gdelt", "r" + i, day.toString(), PROTESTS, "protesters"));
        }
        Corroboration c = Corroboration.of(events, SAME_ID, 1);
        assertThat(c.groups()).hasSizeGreaterThanOrEqualTo(10);
        for (CorroborationGroup group : c.groups()) {
            long spread = group.records().get(group.records().size() - 1).date().earliest().toEpochDay()
                    - group.first().date().earliest().toEpochDay();
            assertThat(spread).as("%s", group).isLessThanOrEqualTo(2);
        }
        events.forEach(e -> assertThat(c.isCorroborated(e)).as(e.id()).isTrue());
    }

    @Test
    void manyReportsOfOneIncidentInOneDatasetJoinTheRecordTheyCorroborate() {
        Event mine = record("mine", "mp-shot", "2023-03-28", ARMED_ATTACK, "azerbaijan");
        List<Event> reports = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reports.add(record("gdelt", "g" + i, "2023-03-28", CAMEO_ASSAULT, "azerbaijan"));
        }
        List<Event> events = new ArrayList<>(reports);
        events.add(mine);
        Corroboration c = Corroboration.of(events, SAME_ID, 1);
        assertThat(c.groups()).singleElement().extracting(CorroborationGroup::records).asList()
                .containsExactly(reports.get(0), reports.get(1), reports.get(2), reports.get(3), mine);
        assertThat(c.partners(mine)).containsExactlyElementsOf(reports);
        // they are in one group, but never corroborate each other
        assertThat(c.partners(reports.get(0))).containsExactly(mine);
        assertThat(c.corroborate(reports.get(0), reports.get(1))).isFalse();
    }

    @Test
    void aReportADayEarlierThanTheOthersStillGathersThemAll() {
        // g0 opens the group and takes mine; g1, g2 (mine's day, gdelt like g0) join through mine
        Event g0 = record("gdelt", "g0", "2023-03-27", CAMEO_ASSAULT, "azerbaijan");
        Event mine = record("mine", "mp-shot", "2023-03-28", ARMED_ATTACK, "azerbaijan");
        Event g1 = record("gdelt", "g1", "2023-03-28", CAMEO_ASSAULT, "azerbaijan");
        Event g2 = record("gdelt", "g2", "2023-03-29", CAMEO_ASSAULT, "azerbaijan");
        Corroboration c = Corroboration.of(List.of(g2, g1, mine, g0), SAME_ID, 1);
        assertThat(c.groups()).singleElement().extracting(CorroborationGroup::records).asList()
                .containsExactly(g0, g1, mine, g2);
        assertThat(c.groupOf(g2).first()).isEqualTo(g0);
    }

    @Test
    void aRecordJoinsTheDayPreciseAnchorBeforeTheMonthOne() {
        Event month = record("a", "month", "2023-03", BATTLES, "iran");
        Event day = record("a", "day", "2023-03-10", BATTLES, "iran");
        Event other = record("b", "other", "2023-03-10", BATTLES, "iran");
        Event late = record("b", "late", "2023-03-20", BATTLES, "iran");
        Corroboration c = Corroboration.of(List.of(month, day, other, late), SAME_ID, 1);
        assertThat(c.groups()).extracting(CorroborationGroup::records)
                .containsExactly(List.of(month, late), List.of(day, other));
    }

    @Test
    void aRecordLeftAloneJoinsTheGroupOfTheRecordItCorroborates() {
        // g joins a2 (the same day) rather than a1; a1, alone then, joins g's group, as it corroborates g
        Event g = record("gdelt", "g", "2023-03-11", BATTLES, "iran");
        Event a1 = record("acled", "a1", "2023-03-10", BATTLES, "iran");
        Event a2 = record("acled", "a2", "2023-03-11", BATTLES, "iran");
        Event a3 = record("acled", "a3", "2023-03-13", BATTLES, "iran");
        Corroboration c = Corroboration.of(List.of(g, a1, a2, a3), SAME_ID, 1);
        assertThat(c.groups()).extracting(CorroborationGroup::records).containsExactly(List.of(a1, a2, g));
        assertThat(c.partners(a1)).containsExactly(g);
        assertThat(c.isCorroborated(a1)).isTrue();
        assertThat(c.isCorroborated(a3)).isFalse();
        assertThat(c.groupOf(a3)).isNull();
    }

    @Test
    void theSameRecordsInAnyOrderGiveTheSameGroups() {
        List<Event> events = List.of(
                record("acled", "a1", "2023-03-10", BATTLES, "iran"),
                record("gdelt", "g1", "2023-03-10", ARMED_ATTACK, "iran"),
                record("mine", "m1", "2023-03-10", BATTLES, "iran"),
                record("gdelt", "g2", "2023-03-11", BATTLES, "iran"),
                record("acled", "a2", "2023-03", BATTLES, "iran"));
        List<CorroborationGroup> forward = Corroboration.of(events, SAME_ID, 1).groups();
        List<Event> reversed = new ArrayList<>(events);
        java.util.Collections.reverse(reversed);
        assertThat(Corroboration.of(reversed, SAME_ID, 1).groups()).isEqualTo(forward);
    }

    @Test
    void recordsOfOneRunWithoutDatasetsNeverCorroborate() {
        Event one = record(null, "one", "2023-03-10", BATTLES, "iran");
        Event two = record(null, "two", "2023-03-10", BATTLES, "iran");
        Corroboration c = Corroboration.of(List.of(one, two), SAME_ID, 1);
        assertThat(c.groups()).isEmpty();
        assertThat(c.partners(one)).isEmpty();
    }

    @Test
    void aRecordNotGivenIsCorroboratedByNone() {
        Event one = record("a", "one", "2023-03-10", BATTLES, "iran");
        Corroboration c = Corroboration.of(List.of(one), SAME_ID, 1);
        Event stranger = record("b", "two", "2023-03-10", BATTLES, "iran");
        assertThat(c.partners(stranger)).isEmpty();
        assertThat(c.isCorroborated(stranger)).isFalse();
        assertThat(c.groupOf(stranger)).isNull();
        assertThat(c.corroborate(one, stranger)).isFalse();
    }

    @Test
    void toleranceOutOfRangeIsRefused() {
        assertThatThrownBy(() -> Corroboration.of(List.of(), SAME_ID, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> Corroboration.of(List.of(), SAME_ID, Corroboration.MAX_TOLERANCE_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void actorKeysComeFromTheLinksAndNameMissingActorsByTheirId() {
        Actor iran = new Actor("iran", "Iran", ActorKind.STATE, "IRN", List.of(), null, null);
        Event e = record("mine", "one", "2023-03-10", BATTLES, "iran", "ghost");
        Set<String> keys = Corroboration.actorKeys(ActorLinks.NONE, Map.of("iran", iran)).apply(e);
        // the state's country is a key (the country rule); an actor the store does not know is keyed by its id alone
        assertThat(keys).containsExactlyInAnyOrder("id:mine/iran", "country:IRN", "id:mine/ghost");
    }
}
