package dev.timeline.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.dates.EventDate;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods versus lane events, lanes per actor, type and country, the "Other" lane, numbers and the mark count. */
class ChartDataTest {

    private static final Dataset BUNDLED = Fixtures.bundled();

    @ParameterizedTest(name = "{0} {1}: period {2}")
    @CsvSource({
        "2021/.., statement, true",
        "../2022, statement, true",
        "2013/2021, statement, true",
        "2023-01-01/2023-07-31, cooperation, true",
        "2023-01-01/2023-06-30, cooperation, true",
        "2023-01-01/2023-06-29, cooperation, false",
        "2023-01-01/2023-03-31, military-exercise, false",
        "2021, statement, false",
        "20XX, statement, false",
        "2023-03-30, war, true",
        "2023-03, policy-period, true",
        "2023-03-30~, threat, false"})
    void periodsAreWarsPolicyPeriodsAndOpenOrLongIntervals(String date, String type, boolean period) {
        Event event = new Event("e", EventDate.parse(date), "E", "", dev.timeline.model.Coded.lookup(EventType.class,
                type).orElseThrow(), List.of(), null, null, List.of(), List.of(), null);
        assertThat(ChartData.isPeriod(event)).isEqualTo(period);
    }

    @Test
    void actorLanesFoldPartsIntoTheirTopLevelActor() {
        ChartData data = ChartData.of(BUNDLED, BUNDLED.events(), LaneMode.ACTOR, 12, "");
        assertThat(data.lanes()).extracting(Lane::label).containsExactly("Azerbaijan", "Iran", "Israel", "Turkey",
                "Armenia", "Pro-Iranian groups in Azerbaijan", "Russia", "United States");
        assertThat(lanes(data, "irgc-border-drills")).containsExactly("iran", "azerbaijan");
        assertThat(lanes(data, "mp-fazil-mustafa-shot")).containsExactly("azerbaijan");
        // Fazil Mustafa is part of Azerbaijan's parliament: the event names him and Azerbaijan, one lane
        assertThat(lanes(data, "azerbaijan-blames-iran-mp-attack")).containsExactly("azerbaijan", "iran");
        assertThat(lanes(data, "foreign-ministers-call-april-7")).containsExactly("iran", "azerbaijan");
        assertThat(data.primaryLane(event("foreign-ministers-call-april-7")).key()).isEqualTo("iran");
        assertThat(data.periods()).extracting(Event::id).containsExactly("baku-balanced-policy-toward-iran",
                "rouhani-era-partnership", "second-karabakh-war", "raisi-government-abandons-partnership",
                "relations-sour-since-2021", "israel-azerbaijan-defence-ties", "renewed-war-of-words");
        assertThat(data.lanesOf(event("second-karabakh-war"))).isEmpty();
    }

    @Test
    void everyLaneEventIsInEachOfItsLanesOnceAndPeriodsInNone() {
        for (LaneMode mode : LaneMode.values()) {
            ChartData data = ChartData.of(BUNDLED, BUNDLED.events(), mode, 12, "");
            int inLanes = data.lanes().stream().mapToInt(l -> l.events().size()).sum();
            assertThat(data.markCount()).isEqualTo(data.periods().size() + inLanes);
            for (Lane lane : data.lanes()) {
                assertThat(lane.events()).doesNotHaveDuplicates().noneMatch(ChartData::isPeriod);
            }
            for (Event event : data.events()) {
                assertThat(data.lanesOf(event)).hasSize(ChartData.isPeriod(event) ? 0
                        : (int) data.lanes().stream().filter(l -> l.events().contains(event)).count());
            }
        }
    }

    @Test
    void typeLanesHoldEachEventOnce() {
        ChartData data = ChartData.of(BUNDLED, BUNDLED.events(), LaneMode.TYPE, 12, "");
        assertThat(data.lanes()).first().satisfies(l -> assertThat(l.label()).isEqualTo("Statement"));
        for (Event event : data.events()) {
            assertThat(data.lanesOf(event)).hasSize(ChartData.isPeriod(event) ? 0 : 1);
        }
    }

    @Test
    void countryLanesNameTheCountries() {
        ChartData data = ChartData.of(BUNDLED, BUNDLED.events(), LaneMode.COUNTRY, 12, "");
        assertThat(data.lanes()).extracting(Lane::key).startsWith("AZE", "IRN", "ISR");
        assertThat(data.lanes()).extracting(Lane::label).contains("Azerbaijan", "Iran", "Israel", "United States");
    }

    @Test
    void lanesBeyondTheMaximumAreGatheredIntoOther() {
        ChartData data = ChartData.of(BUNDLED, BUNDLED.events(), LaneMode.ACTOR, 3, "");
        assertThat(data.lanes()).extracting(Lane::label).containsExactly("Azerbaijan", "Iran", "Other (6)");
        Lane other = data.lanes().get(2);
        assertThat(other.key()).isEqualTo(Lane.OTHER);
        assertThat(other.detail()).contains("Israel", "Turkey", "United States");
        // named with Iran, Azerbaijan, Armenia, Turkey and Israel: three lanes, "Other" once
        assertThat(lanes(data, "iran-zangezur-corridor-concerns")).containsExactly("iran", "azerbaijan",
                Lane.OTHER);
    }

    @Test
    void eventsAreNumberedByDateAndKeyDaysAreBoundedEnds() {
        List<Event> reversed = new java.util.ArrayList<>(BUNDLED.events());
        java.util.Collections.reverse(reversed);
        ChartData data = ChartData.of(BUNDLED, reversed, LaneMode.ACTOR, 12, "q");
        assertThat(data.number(event("baku-balanced-policy-toward-iran"))).isEqualTo(1);
        assertThat(data.number(event("amirbayov-positive-relations"))).isEqualTo(26);
        assertThat(data.keyDays()).first().hasToString("1991-01-01");
        assertThat(data.keyDays()).contains(java.time.LocalDate.of(2022, 10, 1), java.time.LocalDate.of(2022, 11, 1),
                java.time.LocalDate.of(2022, 1, 1)).last().hasToString("2023-04-14");
        assertThat(data.query()).isEqualTo("q");
    }

    private static Event event(String id) {
        return BUNDLED.event(id).orElseThrow();
    }

    private static List<String> lanes(ChartData data, String id) {
        return data.lanesOf(event(id)).stream().map(Lane::key).toList();
    }
}
