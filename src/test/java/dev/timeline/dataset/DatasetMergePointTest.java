package dev.timeline.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dates.EventDate;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Place;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Merging two records of one incident whose places differ only by their point. */
class DatasetMergePointTest {

    static final Place TEHRAN = new Place("Tehran", "IRN");
    static final Place TEHRAN_POINT = new Place("Tehran", "IRN", 35.6892, 51.389);

    static Event attack(Place place, String note) {
        return new Event("attack", EventDate.parse("2023-01-27"), "Attack on the embassy in Tehran", "",
                EventType.ARMED_ATTACK, List.of(), place, 1, List.of(), List.of(), note);
    }

    static Event merged(Place first, Place second) {
        Dataset a = new Dataset("a", null, "A", null, List.of(), List.of(attack(first, null)));
        Dataset b = new Dataset("b", null, "B", null, List.of(), List.of(attack(second, null)));
        List<Event> events = DatasetMerge.merge(List.of(new DatasetMerge.Input("a.json", a),
                new DatasetMerge.Input("b.json", b)), Map.of()).dataset().events();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void aMissingPointIsFilledFromTheSamePlace() {
        Event event = merged(TEHRAN, TEHRAN_POINT);
        assertThat(event.place()).isEqualTo(TEHRAN_POINT);
        assertThat(event.note()).as("a filled value is not a disagreement").isNull();
        assertThat(merged(TEHRAN_POINT, TEHRAN).place()).isEqualTo(TEHRAN_POINT);
    }

    @Test
    void aPointOfAnotherPlaceIsNotTaken() {
        Event event = merged(new Place("Baku", "AZE"), TEHRAN_POINT);
        assertThat(event.place()).isEqualTo(new Place("Baku", "AZE"));
        assertThat(event.note()).isEqualTo("merged from b.json: place 'Tehran, IRN'");
    }

    @Test
    void differentPointsAreNotedAndTheFirstKept() {
        Event event = merged(TEHRAN_POINT, new Place("Tehran", "IRN", 35.7, 51.4));
        assertThat(event.place()).isEqualTo(TEHRAN_POINT);
        assertThat(event.note()).isEqualTo("merged from b.json: place 'Tehran, IRN @35.7,51.4'");
    }
}
