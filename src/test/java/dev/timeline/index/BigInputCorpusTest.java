package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.input.InputFormat;
import dev.timeline.input.Inputs;
import dev.timeline.io.Progress;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Role;
import dev.timeline.support.Cli;
import dev.timeline.support.Corpora;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real ACLED and GDELT exports in the corpora load, are recognised by content, and answer queries with the
 * counts DuckDB gives for the same filter over the same file. The DuckDB numbers were taken by hand with
 * {@code @duckdb/node-api} 1.5.6 (read_csv, all columns as text, the span rules of time_precision and the actor
 * rule of {@code --actor} written as SQL: lower(trim(name)) equality over actor1, actor2 and the ';'-split
 * assoc columns; for GDELT the names and the ISO country codes of Actor1/Actor2).
 */
class BigInputCorpusTest {

    @TempDir
    Path cache;

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("acled-afghanistan-2020-03/ACLED.csv", InputFormat.ACLED_CSV, 496),
                Arguments.of("acled-armenia-hdx/conflict_data_arm.first-records.csv", InputFormat.ACLED_CSV, 4149),
                Arguments.of("acled-global-2020-05/acled.first-records.csv", InputFormat.ACLED_CSV, 3909),
                Arguments.of("acled-global-2020-05/acled.caucasus-iran-turkey-subset.csv", InputFormat.ACLED_CSV,
                        280),
                Arguments.of("gdelt/20191024143000.export.CSV", InputFormat.GDELT_TSV, 2111),
                Arguments.of("gdelt/20191024143000.export.first100.CSV", InputFormat.GDELT_TSV, 100),
                Arguments.of("gdelt/gdelt-v1-sample-events.tsv", InputFormat.GDELT_TSV, 710));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void loadsEveryRecord(String file, InputFormat format, int records) throws Exception {
        Path path = Corpora.require(file);
        try (var channel = java.nio.channels.FileChannel.open(path)) {
            assertThat(InputFormat.detect(channel, file).format()).isEqualTo(format);
        }
        BigSource source = Inputs.openBig(path, options());
        assertThat(source.size()).isEqualTo(records);
        int[] parsed = {0};
        source.forEach(e -> parsed[0]++);
        assertThat(parsed[0]).isEqualTo(records);
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("acled-afghanistan-2020-03/ACLED.csv",
                        new String[] {"--from", "2020-03-10", "--to", "2020-03-15", "--actor", "Taliban"}, 125),
                Arguments.of("acled-armenia-hdx/conflict_data_arm.first-records.csv",
                        new String[] {"--from", "2020-09-27", "--to", "2020-11-10"}, 39),
                Arguments.of("acled-armenia-hdx/conflict_data_arm.first-records.csv",
                        new String[] {"--in", "2019", "--actor", "Protesters (Armenia)"}, 302),
                Arguments.of("acled-global-2020-05/acled.first-records.csv",
                        new String[] {"--from", "2020-05-01", "--to", "2020-05-03", "--actor", "Taliban"}, 39),
                Arguments.of("acled-global-2020-05/acled.caucasus-iran-turkey-subset.csv",
                        new String[] {"--actor", "Military Forces of Azerbaijan (2003-)"}, 105),
                Arguments.of("gdelt/20191024143000.export.CSV", new String[] {"--actor", "Iran"}, 47),
                Arguments.of("gdelt/20191024143000.export.CSV", new String[] {"--in", "2019-10-24"}, 2051),
                Arguments.of("gdelt/gdelt-v1-sample-events.tsv", new String[] {"--in", "1982"}, 201),
                Arguments.of("gdelt/gdelt-v1-sample-events.tsv", new String[] {"--actor", "United States"}, 239));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("queries")
    void countsMatchDuckDb(String file, String[] filters, int expected) {
        Path path = Corpora.require(file);
        String[] args = Stream.concat(Stream.of("export", "--data", path.toString(), "--format", "jsonl"),
                Stream.of(filters)).toArray(String[]::new);
        Cli.Result result = new Cli().env("XDG_CACHE_HOME", cache.toString()).run(args);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out().lines().count()).as(result.err()).isEqualTo(expected);
    }

    @Test
    void mapsAnAcledRow() {
        BigSource source = Inputs.openBig(Corpora.require("acled-afghanistan-2020-03", "ACLED.csv"), options());
        Event event = source.event("AFG44667").orElseThrow();
        assertThat(event.date()).hasToString("2020-03-21");
        assertThat(event.type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(event.title()).isEqualTo("Attack in Kabul");
        assertThat(event.actors()).extracting(p -> p.actorId() + "/" + p.role()).containsExactly(
                "unidentified-armed-group-afghanistan/initiator", "civilians-afghanistan/target",
                "muslim-group-afghanistan/target", "teachers-afghanistan/target");
        assertThat(source.actorsById().get("civilians-afghanistan").name()).isEqualTo("Civilians (Afghanistan)");
        assertThat(event.place().name()).isEqualTo("Kabul");
        assertThat(event.place().country()).isEqualTo("AFG");
        assertThat(event.fatalities()).isEqualTo(1);
        assertThat(event.sources()).extracting(s -> s.outlet()).containsExactly("Pajhwok Afghan News");
        assertThat(event.summary()).startsWith("On 21 March 2020, 1 religious scholar");
        assertThat(event.tags()).containsExactly("Attack");
        // time_precision 2: the week around the day
        assertThat(source.event("AFG44715").orElseThrow().date()).hasToString("2020-03-18/2020-03-24");
    }

    @Test
    void mapsExcelDatesAndNumericCountries() {
        BigSource source = Inputs.openBig(Corpora.require("acled-global-2020-05",
                "acled.caucasus-iran-turkey-subset.csv"), options());
        Event event = source.event("TUR11734").orElseThrow();
        assertThat(event.date()).hasToString("2020-05-09");
        assertThat(event.type()).isEqualTo(EventType.RIOTS);
        assertThat(event.place().country()).isEqualTo("TUR");
        assertThat(event.actors().get(0).role()).isEqualTo(Role.INITIATOR);
    }

    @Test
    void skipsTheHxlRowOfHdxExports() {
        BigSource source = Inputs.openBig(Corpora.require("acled-armenia-hdx",
                "conflict_data_arm.first-records.csv"), options());
        Event first = source.event("ARM4966").orElseThrow();
        assertThat(first.date()).hasToString("2020-12-05");
        assertThat(first.fatalities()).isNull(); // no fatalities column in this flavour
        assertThat(first.actors()).extracting(p -> p.actorId()).contains("protesters-armenia",
                "hhk-republican-party-of-armenia");
    }

    @Test
    void mapsAGdeltRow() {
        BigSource source = Inputs.openBig(Corpora.require("gdelt", "20191024143000.export.CSV"), options());
        Event event = source.query(dev.timeline.query.Query.builder().build()).iterator().next();
        assertThat(event.type().id()).startsWith("cameo-");
        assertThat(event.tags()).anyMatch(t -> t.startsWith("cameo:")).anyMatch(t -> t.startsWith("goldstein:"))
                .anyMatch(t -> t.startsWith("quad:"));
        assertThat(event.sources()).hasSize(1);
        assertThat(event.sources().get(0).url()).startsWith("http");
        assertThat(event.sources().get(0).published()).hasToString("2019-10-24");
    }

    private Inputs.Options options() {
        return new Inputs.Options(false, true, Map.of("XDG_CACHE_HOME", cache.toString()), Progress.NONE, w -> { });
    }
}
