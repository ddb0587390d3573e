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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real ACLED, GDELT, UCDP GED and ICEWS files in the corpora load, are recognised by content, and answer queries with the
 * counts DuckDB gives for the same filter over the same file. The DuckDB numbers were taken by hand with
 * {@code @duckdb/node-api} 1.5.6 (read_csv, all columns as text, the span rules of time_precision and the actor
 * rule of {@code --actor} written as SQL: lower(trim(name)) equality over actor1, actor2 and the ';'-split
 * assoc columns; for GDELT the names and the ISO country codes of Actor1/Actor2; for UCDP the codebook's date_prec
 * rule and side_a/side_b; for ICEWS the source and target names and countries). {@code DuckDbCountsIT} asks DuckDB
 * live, for these and for counts per column value.
 */
class BigInputCorpusTest {

    static final String UCDP = "ucdp-ged/ged231-sample-uncertainUCDP.csv";
    static final String ICEWS = "icews/events.2018.sample.first3000.tab";

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
                Arguments.of("gdelt/gdelt-v1-sample-events.tsv", InputFormat.GDELT_TSV, 710),
                Arguments.of("ucdp-ged/ged231-sample-uncertainUCDP.csv", InputFormat.UCDP_CSV, 1000),
                Arguments.of("icews/events.2018.sample.first3000.tab", InputFormat.ICEWS_TSV, 3000));
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
                Arguments.of("gdelt/gdelt-v1-sample-events.tsv", new String[] {"--actor", "United States"}, 239),
                Arguments.of(UCDP, new String[] {"--in", "2020"}, 48),
                Arguments.of(UCDP, new String[] {"--from", "1995-04-15", "--to", "1995-04-30"}, 4),
                Arguments.of(UCDP, new String[] {"--actor", "Azerbaijan"}, 3),
                Arguments.of(UCDP, new String[] {"--actor", "Government of Afghanistan"}, 127),
                Arguments.of(UCDP, new String[] {"--tag", "ucdp:one-sided"}, 160),
                Arguments.of(ICEWS, new String[] {"--in", "2018-06-01"}, 2359),
                Arguments.of(ICEWS, new String[] {"--actor", "Azerbaijan"}, 18),
                Arguments.of(ICEWS, new String[] {"--type", "cameo-consult"}, 857));
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
        assertThat(event.place().lat()).isEqualTo(34.5167);
        assertThat(event.place().lon()).isEqualTo(69.1833);
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
        Event vancouver = source.event("881990832").orElseThrow();
        assertThat(vancouver.place()).hasToString("Vancouver, British Columbia, Canada, CAN");
        assertThat(vancouver.place().lat()).isEqualTo(49.25);
        assertThat(vancouver.place().lon()).isEqualTo(-123.133);
    }

    @Test
    void mapsAUcdpRowWhoseFieldsSpanLines() {
        BigSource source = Inputs.openBig(Corpora.require(UCDP), options());
        Event event = source.event("ucdp-376126").orElseThrow();
        assertThat(event.date()).hasToString("2020-09-27/2020-09-30");
        assertThat(event.place().country()).isEqualTo("AZE");
        assertThat(event.place().hasPoint()).isTrue();
        assertThat(event.actors()).extracting(p -> p.actorId() + "/" + p.role()).containsExactly(
                "government-of-azerbaijan/participant", "republic-of-artsakh/participant");
        assertThat(event.summary()).endsWith("1 killed (best estimate; low 1, high 1), of them Government of "
                + "Azerbaijan 1, Republic of Artsakh 0, civilians 0, unknown 0.");
        assertThat(event.tags()).contains("ucdp:state-based").anyMatch(t -> t.startsWith("low:"))
                .anyMatch(t -> t.startsWith("high:"));
        assertThat(source.event("ucdp-21300").orElseThrow().sources()).extracting(s -> s.title())
                .containsExactly("Reuters 1989-05-17 \"ANGOLAN UNITA REBELS BLOW UP POWER LINES DURING PEACE SUMMIT");
    }

    /** The GED sample's records span lines (74 quoted line breaks): split between threads, it reads the same. */
    @Test
    void aUcdpFileSplitBetweenThreadsReadsAsOneThreadReadsIt() {
        Path file = Corpora.require(UCDP);
        Inputs.Options noCache = new Inputs.Options(false, false, Map.of(), Progress.NONE, w -> { });
        BigSource split = Inputs.openBig(file, noCache.withTuning(new BigSource.Tuning(16 * 1024, 50_000)));
        BigSource single = Inputs.openBig(file, noCache.withTuning(new BigSource.Tuning(Long.MAX_VALUE, 50_000)));
        List<String> one = new ArrayList<>();
        single.forEach(e -> one.add(e.id() + " " + e.date()));
        List<String> two = new ArrayList<>();
        split.forEach(e -> two.add(e.id() + " " + e.date()));
        assertThat(two).hasSize(1000).containsExactlyElementsOf(one);
    }

    @Test
    void mapsAnIcewsRowWithoutAPlace() {
        BigSource source = Inputs.openBig(Corpora.require(ICEWS), options());
        Event event = source.event("icews-32891407").orElseThrow();
        assertThat(event.type()).isEqualTo(EventType.CAMEO_PROTEST);
        assertThat(event.tags()).containsExactly("cameo:141", "quad:3", "goldstein:-6.5");
        assertThat(event.intensity()).isEqualTo(-6.5);
        assertThat(event.place()).isNull();
        assertThat(event.actors()).extracting(p -> p.actorId() + "/" + p.role()).containsExactly(
                "protester-google/initiator", "unspecified-actor/target");
    }

    private Inputs.Options options() {
        return new Inputs.Options(false, true, Map.of("XDG_CACHE_HOME", cache.toString()), Progress.NONE, w -> { });
    }
}
