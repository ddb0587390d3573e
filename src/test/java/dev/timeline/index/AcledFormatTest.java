package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.input.Inputs;
import dev.timeline.io.DataException;
import dev.timeline.io.Progress;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ACLED's date forms, layouts old and new, and the mapping of one current-layout row. */
class AcledFormatTest {

    @TempDir
    Path dir;

    static Stream<Arguments> days() {
        return Stream.of(
                Arguments.of("2020-03-21", LocalDate.of(2020, 3, 21)),
                Arguments.of("21 March 2020", LocalDate.of(2020, 3, 21)),
                Arguments.of("01 March 2020", LocalDate.of(2020, 3, 1)),
                Arguments.of("9-May-20", LocalDate.of(2020, 5, 9)),
                Arguments.of("31-Dec-97", LocalDate.of(1997, 12, 31)),
                Arguments.of("9-May-2020", LocalDate.of(2020, 5, 9)),
                Arguments.of("21/03/2020", LocalDate.of(2020, 3, 21)),
                Arguments.of("1/2/2019", LocalDate.of(2019, 2, 1)),
                Arguments.of("2020-02-30", null),
                Arguments.of("March 21, 2020", null),
                Arguments.of("21 Mars 2020", null),
                Arguments.of("2020/03/21", null),
                Arguments.of("", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void readsAcledDateForms(String text, LocalDate expected) {
        assertThat(AcledDates.parseDay(text)).isEqualTo(expected);
    }

    @Test
    void readsTheCurrentLayout() throws IOException {
        Path file = write("current.csv", """
                event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
                IRN1,2023-01-27,2023,1,Political violence,Violence against civilians,Attack,Unidentified Armed Group (Iran),,3,Civilians (Azerbaijan),Diplomats (Azerbaijan),7,37,Civilian targeting,364,Middle East,Iran,Tehran,Tehran,,Tehran,35.69,51.39,1,Caspian News; Trend,National,"On 27 January 2023, a gunman attacked the embassy, killing ""one"" guard.",1,crowd size=no report,1675000000
                IRN2,2023-03-15,2023,3,Strategic developments,Strategic developments,Agreement,Government of Iran (2021-),,1,,,0,10,,364,Middle East,Iran,,,,,,,3,IRNA,National,,,,1675000000
                """);
        BigSource source = Inputs.openBig(file, options());
        Event attack = source.event("IRN1").orElseThrow();
        assertThat(attack.type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(attack.summary()).isEqualTo("On 27 January 2023, a gunman attacked the embassy, killing \"one\" guard.");
        assertThat(attack.actors()).extracting(p -> p.actorId() + "/" + p.role()).containsExactly(
                "unidentified-armed-group-iran/initiator", "civilians-azerbaijan/target",
                "diplomats-azerbaijan/target");
        assertThat(attack.place()).hasToString("Tehran, IRN");
        assertThat(attack.place().lat()).isEqualTo(35.69);
        assertThat(attack.place().lon()).isEqualTo(51.39);
        assertThat(attack.sources()).extracting(s -> s.outlet()).containsExactly("Caspian News", "Trend");
        assertThat(attack.tags()).containsExactly("Attack", "Political violence", "Civilian targeting",
                "crowd size=no report");
        Event agreement = source.event("IRN2").orElseThrow();
        assertThat(agreement.date()).hasToString("2023-03"); // time_precision 3: the month
        assertThat(agreement.place()).hasToString("IRN");
        assertThat(agreement.place().hasPoint()).as("blank latitude and longitude").isFalse();
        assertThat(agreement.fatalities()).isNull();
        assertThat(agreement.summary()).isEmpty();
    }

    @Test
    void readsAnOldUpperCaseLayoutWithAllyActors() throws IOException {
        Path file = write("old.csv", """
                GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,ADMIN3,LOCATION,LATITUDE,LONGITUDE,GEO_PRECISION,SOURCE,NOTES,FATALITIES
                615,ALG1,1,18/01/1997,1997,1,Violence against civilians,GIA: Armed Islamic Group,,2,Civilians (Algeria),,7,27,Algeria,Blida,,,Blida,36.47,2.83,1,Algeria Watch,5 civilians killed,5
                615,ALG2,2,19/01/1997,1997,2,Battle-No change of territory,Military Forces of Algeria (1994-1999),Militia (Pro-Government),1,GIA: Armed Islamic Group,,2,12,Algeria,Medea,,,Medea,36.26,2.75,1,Algeria Watch,,3
                """);
        BigSource source = Inputs.openBig(file, options());
        Event first = source.event("ALG1").orElseThrow();
        assertThat(first.date()).hasToString("1997-01-18");
        assertThat(first.place()).hasToString("Blida, DZA");
        Event second = source.event("ALG2").orElseThrow();
        assertThat(second.type()).isEqualTo(EventType.BATTLES);
        assertThat(second.date()).hasToString("1997-01-16/1997-01-22");
        assertThat(second.actors()).extracting(p -> p.actorId()).containsExactly(
                "military-forces-of-algeria-1994-1999", "militia-pro-government", "gia-armed-islamic-group");
    }

    @Test
    void aMissingColumnIsEmptyButARowOfTheWrongWidthIsBad() throws IOException {
        Path narrow = write("narrow.csv", """
                event_id_cnty,event_date,event_type,actor1
                X1,2020-01-01,Protests,Protesters (Armenia)
                X2,2020-01-02,Protests
                """);
        assertThatThrownBy(() -> Inputs.openBig(narrow, options())).isInstanceOf(DataException.class)
                .hasMessage(narrow + ":3: the record has 3 fields; expected 4 as in the header");
        Path typo = write("typo.csv", """
                event_id_cnty,event_date,event_type,actor1
                X1,2020-01-01,Protestz,Protesters (Armenia)
                """);
        BigSource source = Inputs.openBig(typo, options());
        assertThatThrownBy(() -> source.event("X1")).hasMessageContaining(typo + ":2: unknown ACLED event_type "
                + "'Protestz'");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Inputs.Options options() {
        return new Inputs.Options(false, false, Map.of(), Progress.NONE, w -> { });
    }
}
