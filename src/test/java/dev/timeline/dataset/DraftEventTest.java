package dev.timeline.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.dates.EventDate;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Participation;
import dev.timeline.model.Place;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import dev.timeline.query.QueryException;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link DraftEvent}: the short forms people type, and the event a draft makes in a dataset (small.json). */
class DraftEventTest {

    private static final Dataset SMALL = DatasetReader.read(Fixtures.path("small.json"));

    private static DraftEvent draft(String id, String date, String title, List<String> actors, List<String> sources) {
        return new DraftEvent(id, EventDate.parse(date), title, null, EventType.STATEMENT, actors, null, sources,
                List.of(), null, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Iran                | Iran              | PARTICIPANT
            Iran:initiator      | Iran              | INITIATOR
            IRGC:Target         | IRGC              | TARGET
            Foreign Ministry:ir:mentioned | Foreign Ministry:ir | MENTIONED
            """)
    void readsNameAndRole(String typed, String name, Role role) {
        assertThat(DraftEvent.ActorRef.parse(typed)).isEqualTo(new DraftEvent.ActorRef(name, role));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tehran,IRN         | Tehran         | IRN
            Tel Aviv, isr      | Tel Aviv       | ISR
            ',AZE'             |                | AZE
            Baku, the capital  | Baku, the capital |
            """)
    void readsPlaceAndCountryCode(String typed, String name, String country) {
        assertThat(DraftEvent.parsePlace(typed)).isEqualTo(new Place(name, country));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tehran,IRN@35.6892,51.389      | Tehran      | IRN | 35.6892 | 51.389
            Tel Aviv, isr @ 32.0853, 34.7818 | Tel Aviv  | ISR | 32.0853 | 34.7818
            @-90,180                       |             |     | -90     | 180
            'Pole,ATA@+90,-180'            | Pole        | ATA | 90      | -180
            x@1,2@3,4                      | x@1,2       |     | 3       | 4
            """)
    void readsAPointAfterTheLastAt(String typed, String name, String country, double lat, double lon) {
        assertThat(DraftEvent.parsePlace(typed)).isEqualTo(new Place(name, country, lat, lon));
    }

    @Test
    void anAtBeforeTextIsPartOfTheName() {
        assertThat(DraftEvent.parsePlace("Café @ Home,AZE")).isEqualTo(new Place("Café @ Home", "AZE"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tehran@91,0
            Tehran@0,-180.01
            Tehran@35
            Tehran@35,,51
            Tehran@1.2.3,4
            Tehran@
            """)
    void refusesABadPoint(String typed) {
        assertThatThrownBy(() -> DraftEvent.parsePlace(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + typed + "' has no valid point after '@'; expected NAME[,CODE]@LAT,LON");
    }

    @Test
    void readsSources() {
        assertThat(DraftEvent.parseSource("Caspian News@2023-01-30"))
                .isEqualTo(new Source("Caspian News", EventDate.parse("2023-01-30"), null, null, null));
        assertThat(DraftEvent.parseSource("@2023-03")).isEqualTo(new Source(null, EventDate.parse("2023-03"), null,
                null, null));
        assertThat(DraftEvent.parseSource("Trend")).as("undated").isEqualTo(new Source("Trend", null, null, null,
                null));
        assertThat(DraftEvent.parseSource("a@b@2023")).as("the last @ splits").extracting(Source::outlet)
                .isEqualTo("a@b");
        assertThat(DraftEvent.parsePlace("  ")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Iran:boss  | unknown role in 'Iran:boss'; expected NAME:ROLE with ROLE one of: initiator, target
            """)
    void badFormsNameTheValueAndTheForm(String typed, String message) {
        assertThatThrownBy(() -> DraftEvent.ActorRef.parse(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
        assertThatThrownBy(() -> DraftEvent.parseSource(" ")).hasMessageContaining("' '; expected "
                + "OUTLET@YYYY-MM-DD, @YYYY-MM-DD or OUTLET");
        assertThatThrownBy(() -> DraftEvent.parseSource("x@2023-13")).hasMessageStartingWith("'2023-13' is not an "
                + "EDTF date: ");
    }

    @Test
    void buildsTheEventWithResolvedActorsAndADerivedId() {
        Event event = draft(null, "2023-04-14", " Ministers speak again ", List.of("Baku:initiator", "Tehran"),
                List.of("Trend@2023-04-15")).build(SMALL);
        assertThat(event.id()).isEqualTo("2023-04-14-ministers-speak-again");
        assertThat(event.title()).isEqualTo("Ministers speak again");
        assertThat(event.actors()).containsExactly(new Participation("azerbaijan", Role.INITIATOR),
                new Participation("iran", Role.PARTICIPANT));
        assertThat(event.sources()).extracting(Source::outlet).containsExactly("Trend");
    }

    @Test
    void aDerivedIdIsMadeUniqueAndLongTitlesAreCutAtAWord() {
        Dataset taken = new Dataset(SMALL.id(), SMALL.version(), SMALL.title(), SMALL.description(), SMALL.actors(),
                List.of(draft("2023-x", "2023", "x", List.of(), List.of()).build(SMALL),
                        draft("2023-x-2", "2023", "x", List.of(), List.of()).build(SMALL)));
        assertThat(DraftEvent.deriveId(taken, EventDate.parse("2023"), "X")).isEqualTo("2023-x-3");
        String id = DraftEvent.deriveId(SMALL, EventDate.parse("2023-04"), "Iran and Azerbaijan trade accusations "
                + "over the embassy attack in Tehran");
        assertThat(id).isEqualTo("2023-04-iran-and-azerbaijan-trade-accusations-over-the");
        assertThat(id).as("cut at the last word that fits in 60").hasSizeLessThanOrEqualTo(60);
    }

    @Test
    void mistakesNameTheAddOption() {
        assertThatThrownBy(() -> draft(null, "2023", "x", List.of("Iran", "Irann"), List.of()).build(SMALL))
                .isInstanceOf(QueryException.class).hasMessageStartingWith("unknown actor 'Irann' for --actor");
        assertThatThrownBy(() -> draft(null, "2023", "x", List.of("Irann", "Iran:boss"), List.of()).build(SMALL))
                .as("the first mistake is the one reported").hasMessageStartingWith("unknown actor 'Irann'");
        assertThatThrownBy(() -> draft("attack", "2023", "x", List.of(), List.of()).build(SMALL))
                .hasMessage("an event with id 'attack' already exists; choose another --id");
        assertThatThrownBy(() -> draft("two words", "2023", "x", List.of(), List.of()).build(SMALL))
                .hasMessageStartingWith("invalid value for option '--id': 'two words'");
        assertThatThrownBy(() -> draft(null, "2023", "x", List.of(), List.of("@2023-13")).build(SMALL))
                .hasMessageStartingWith("invalid value for option '--source': '2023-13' is not an EDTF date");
    }
}
