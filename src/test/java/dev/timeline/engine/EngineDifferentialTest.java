package dev.timeline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.model.Event;
import dev.timeline.query.EventStore;
import dev.timeline.query.Filters;
import dev.timeline.query.Match;
import dev.timeline.query.Query;
import dev.timeline.query.Selector;
import dev.timeline.query.SortOrder;
import dev.timeline.query.Timeline;
import dev.timeline.support.Cli;
import dev.timeline.support.Corpora;
import dev.timeline.tools.GenerateEvents;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One semantics on every engine: the same queries over the same generated files (JSON Lines, ACLED CSV, the bundled
 * dataset exported as JSON Lines with its open spans and non-ASCII text, hand-made ACLED files with what its mapping
 * must get right, and Parquet made from each by {@code export --format parquet}) give the same events in the same
 * order on the native engine and on DuckDB, through the command line as people run it; so do real ACLED exports
 * from the corpora. Hand-written queries cover each filter and its edge cases; seeded random
 * combinations (the seed is printed) cover their mixtures.
 *
 * <p>{@link #ENGINES} is the list of engines checked against the native one: the Spark engine joins it there.
 */
class EngineDifferentialTest {

    /** The engines compared with native, as {@code --engine} names them. */
    static final List<String> ENGINES = List.of("duckdb");

    @TempDir
    static Path dir;

    static Path jsonl;
    static Path acled;
    static Path bundled;
    /** The hand-made ACLED fixtures (non-ASCII names, every precision, old date forms; an HXL row, an old layout). */
    static Path acledEdges;
    static Path acledHxl;
    static final Cli CLI = new Cli();

    @BeforeAll
    static void files() throws IOException {
        CLI.env("XDG_CACHE_HOME", dir.resolve("cache").toString());
        jsonl = dir.resolve("events.jsonl");
        GenerateEvents.write(jsonl, 3000, 16, false);
        acled = dir.resolve("acled.csv");
        GenerateEvents.write(acled, 3000, 16, true, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 30));
        bundled = dir.resolve("bundled.jsonl");
        ok(CLI.run("export", "--format", "jsonl", "-o", bundled.toString()));
        acledEdges = fixture("acled-engines.csv");
        acledHxl = fixture("acled-engines-hxl.csv");
        for (Path source : List.of(jsonl, acled, bundled, acledEdges, acledHxl)) {
            ok(CLI.run("export", "--data", source.toString(), "--format", "parquet", "-o", parquet(source).toString()));
        }
    }

    /** A fixture of src/test/resources/fixtures copied beside the generated files (its Parquet goes there too). */
    static Path fixture(String name) throws IOException {
        Path copy = dir.resolve(name);
        try (var in = EngineDifferentialTest.class.getResourceAsStream("/fixtures/" + name)) {
            java.nio.file.Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    static Path parquet(Path source) {
        return source.resolveSibling(source.getFileName() + ".parquet");
    }

    static void ok(Cli.Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    static final List<List<String>> HAND = List.of(
            List.of(),
            List.of("--in", "2023-Q1"),
            List.of("--in", "2023-Q1", "--match", "within"),
            List.of("--from", "2023-03-15"),
            List.of("--to", "2021-12"),
            List.of("--from", "2023-03-01", "--to", "2023-03-31", "--match", "within"),
            List.of("--in", "2023-03", "--match", "overlaps"),
            List.of("--from", "2021", "--to", "2021"),
            List.of("--in", "2012/2014"),
            List.of("--actor", "Iran"),
            List.of("--actor", "Azerbaijan", "--role", "initiator"),
            List.of("--role", "target"),
            List.of("--actor", "Iran", "--with", "Azerbaijan"),
            List.of("--with", "Armenia", "--with", "Iran"),
            List.of("--actor", "Israel", "--exact-actor"),
            List.of("--actor", "Protesters (Iran)"),
            List.of("--type", "battles"),
            List.of("--type", "protests", "--type", "riots"),
            List.of("--tag", "armed clash"),
            List.of("--tag", "context"),
            List.of("--place", "Tehran"),
            List.of("--place", "IRN"),
            List.of("--place", "Azerbaijan"),
            List.of("--source", "Caspian News"),
            List.of("--source", "eurasia daily monitor"),
            List.of("--text", "gunmen"),
            List.of("--text", "\"armed clash\""),
            List.of("--text", "embassy tehran"),
            List.of("--text", "Tehran-Baku"),
            List.of("--text", "\"foreign minister\""),
            List.of("--precision", "day"),
            List.of("--precision", "month", "--in", "2023"),
            List.of("--sort", "-date"),
            List.of("--sort", "-date", "--limit", "7"),
            List.of("--limit", "5"),
            List.of("--text", "shelling", "--limit", "3"),
            List.of("--around", "2023-03-30", "--window", "10d"),
            List.of("--before", "2023-01-27"),
            List.of("--after", "2023-03-30"),
            List.of("--actor", "Iran", "--in", "2023-Q1", "--sort", "-date", "--limit", "4"),
            List.of("--place", "Baku", "--type", "battles", "--role", "initiator"));

    /**
     * Queries over the hand-made ACLED fixtures, where a mapping that differs from the native reader's shows: actors
     * by non-ASCII names and the ASCII spellings that share their slugs, countries covering actors by name, text,
     * places, tags and sources with non-ASCII text, each date precision and form, and the order of events with the
     * same span.
     */
    static final List<List<String>> ACLED_HAND = List.of(
            List.of(),
            List.of("--actor", "Protesters (Türkiye)"),
            List.of("--actor", "protesters turkiye", "--exact-actor"),
            List.of("--actor", "Turkey"),
            List.of("--actor", "Türkiye", "--role", "target"),
            List.of("--actor", "Armenia"),
            List.of("--actor", "Iran"),
            List.of("--actor", "Militia (Ñuñoa)"),
            List.of("--actor", "unnamed"),
            List.of("--with", "Kurdistan Workers Party"),
            List.of("--actor", "Military Forces of Türkiye (2016-)", "--with", "PKK"),
            List.of("--role", "target"),
            List.of("--in", "2023-03", "--match", "within"),
            List.of("--in", "2023-03-05"),
            List.of("--from", "2023-03-21"),
            List.of("--in", "2020-09-27", "--match", "within"),
            List.of("--text", "özgürlük"),
            List.of("--text", "ciftciler"),
            List.of("--text", "\"line break\""),
            List.of("--place", "TUR"),
            List.of("--place", "istanbul"),
            List.of("--place", "IRQ"),
            List.of("--place", "Kadıköy"),
            List.of("--place", "Hatay"),
            List.of("--text", "missile attack in hatay"),
            List.of("--tag", "öğrenci"),
            List.of("--tag", "context"),
            List.of("--tag", "civilian targeting"),
            List.of("--source", "Hürriyet"),
            List.of("--source", "le monde"),
            List.of("--source", "Bianet"),
            List.of("--type", "battles"),
            List.of("--type", "protests", "--type", "riots"),
            List.of("--precision", "day"),
            List.of("--precision", "month"),
            List.of("--sort", "-date"),
            List.of("--sort", "-date", "--limit", "4"),
            List.of("--limit", "2"),
            List.of("--around", "2023-03-20", "--window", "3d"),
            List.of("--around", "TUR9", "--window", "1d"),
            List.of("--text", "protested", "--limit", "2"));

    @Test
    void acledFixturesAgreeRowForRow() {
        // the fixture holds what the mapping must get right: each precision, old date forms, non-ASCII names
        String all = run("native", acledEdges, List.of()).out();
        assertThat(all).contains("\"date\":\"2023-03-02/2023-03-08\"", "\"date\":\"2023-03\"",
                "\"date\":\"2023-03-17/2023-03-23\"", "\"date\":\"2023-04-09\"", "\"id\":\"protesters-turkiye\"",
                "\"name\":\"Militia (Ñuñoa)\"", "\"id\":\"unnamed\"");
        assertThat(ids(run("native", acledHxl, List.of()).out())).containsExactly("ARM3", "102", "ARM1");
        int found = 0;
        for (Path input : List.of(acledEdges, acledHxl)) {
            for (List<String> query : ACLED_HAND) {
                found += compare(input, query) > 0 ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(ACLED_HAND.size());
    }

    /**
     * Real ACLED exports, read in place: the current layout with Excel's {@code 9-May-20} dates and CRLF, ACLED's
     * older {@code 21 March 2020} form, and an HDX file with its HXL row and no fatalities: DuckDB over the CSV
     * answers as the native engine does.
     */
    @Test
    void realAcledExportsAgreeOnDuckDb() {
        List<List<String>> queries = List.of(List.of(), List.of("--actor", "Iran"),
                List.of("--actor", "Armenia", "--role", "initiator"), List.of("--with", "Azerbaijan"),
                List.of("--type", "battles", "--sort", "-date", "--limit", "25"), List.of("--text", "protest"),
                List.of("--in", "2020-05-01", "--match", "within"));
        int found = 0;
        for (Path file : List.of(Corpora.require("acled-global-2020-05", "acled.first-records.csv"),
                Corpora.require("acled-afghanistan-2020-03", "ACLED.csv"),
                Corpora.require("acled-armenia-hdx", "conflict_data_arm.first-records.csv"))) {
            for (List<String> query : queries) {
                found += compare(file, query, ENGINES, false) > 0 ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(queries.size() * 2);
    }

    @Test
    void handWrittenQueriesAgreeOnEveryInput() {
        int found = 0;
        for (Path input : List.of(jsonl, acled, bundled)) {
            for (List<String> query : HAND) {
                found += compare(input, query) > 0 ? 1 : 0;
            }
        }
        // the comparisons are about events, not about agreeing on nothing
        assertThat(found).isGreaterThan(HAND.size() * 2);
    }

    @Test
    void aroundAnEventPivotAgrees() throws IOException {
        String first = ids(java.nio.file.Files.readAllLines(jsonl).get(0)).get(0);
        assertThat(compare(bundled, List.of("--around", "embassy-attack-tehran", "--window", "30d"))).isPositive();
        assertThat(compare(bundled, List.of("--after", "embassy-attack-tehran", "--actor", "Iran"))).isPositive();
        assertThat(compare(jsonl, List.of("--around", first, "--window", "2y"))).isPositive();
    }

    @Test
    void seededRandomCombinationsAgree() {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("EngineDifferentialTest seed: " + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        String[][] options = {
            {"--in", "2023-Q1", "2023-03", "2022", "2019/2021", "2023-03-30"},
            {"--from", "2023-03-10", "2020", "2023-04"},
            {"--to", "2023-03-20", "2010", "2023-04"},
            {"--match", "within", "overlaps"},
            {"--actor", "Iran", "Azerbaijan", "Armenia", "Israel", "Protesters (Iran)", "Turkey"},
            {"--with", "Iran", "Azerbaijan", "Armenia"},
            {"--role", "initiator", "target", "participant", "mentioned"},
            {"--type", "battles", "protests", "riots", "violence-against-civilians", "policy-period"},
            {"--place", "Tehran", "IRN", "AZE", "Baku", "Armenia"},
            {"--source", "Caspian News", "IRNA", "Reuters"},
            {"--text", "gunmen", "border village", "\"the border\"", "Iran", "embassy"},
            {"--precision", "day", "month", "year"},
            {"--sort", "-date", "date"},
            {"--limit", "1", "3", "20"}};
        for (int i = 0; i < 30; i++) {
            List<String> query = new ArrayList<>();
            boolean dated = false;
            for (String[] option : options) {
                if (random.nextInt(4) == 0) {
                    boolean date = option[0].equals("--in") || option[0].equals("--from") || option[0].equals("--to");
                    if (date && (dated && option[0].equals("--in") || query.contains("--in"))) {
                        continue;
                    }
                    dated |= date;
                    query.add(option[0]);
                    query.add(option[1 + random.nextInt(option.length - 1)]);
                }
            }
            Path input = List.of(jsonl, acled, bundled, acledEdges).get(random.nextInt(4));
            compare(input, query);
        }
    }

    /** Native and each engine give the same output (ids, order, every field) and exit code; Parquet too. */
    static int compare(Path input, List<String> query) {
        return compare(input, query, ENGINES);
    }

    /** As {@link #compare(Path, List)}, for these engines (SparkEngineDifferentialIT runs Spark's, which needs a JVM with its options). */
    static int compare(Path input, List<String> query, List<String> engines) {
        return compare(input, query, engines, true);
    }

    /** As {@link #compare(Path, List, List)}; on the Parquet made from {@code input} too when {@code parquet}. */
    static int compare(Path input, List<String> query, List<String> engines, boolean parquet) {
        Cli.Result expected = run("native", input, query);
        assertThat(expected.exitCode()).as(expected.toString()).isIn(0, 2);
        for (String engine : engines) {
            for (Path data : parquet ? List.of(input, parquet(input)) : List.of(input)) {
                Cli.Result actual = run(engine, data, query);
                assertThat(actual.exitCode()).as("%s on %s: %s%n%s", engine, data.getFileName(), query, actual)
                        .isEqualTo(expected.exitCode());
                assertThat(ids(actual.out())).as("%s on %s: %s", engine, data.getFileName(), query)
                        .isEqualTo(ids(expected.out()));
                assertThat(actual.out()).as("%s on %s: %s", engine, data.getFileName(), query)
                        .isEqualTo(expected.out());
            }
        }
        return ids(expected.out()).size();
    }

    static Cli.Result run(String engine, Path data, List<String> query) {
        List<String> args = new ArrayList<>(List.of("--engine", engine, "list", "--data", data.toString(),
                "--format", "jsonl"));
        args.addAll(query);
        return CLI.run(args.toArray(String[]::new));
    }

    static List<String> ids(String jsonLines) {
        return jsonLines.lines().map(line -> line.substring(line.indexOf("\"id\":\"") + 6, line.indexOf("\",")))
                .toList();
    }

    /**
     * Names resolved once, against the dataset with its {@code partOf} links: the same resolved query on DuckDB over
     * the Parquet export of that dataset selects what the native timeline does (the plan carries the expanded ids;
     * no engine resolves names).
     */
    @Test
    void aResolvedQueryWithPartsRunsTheSameOnDuckDb() throws IOException {
        Timeline timeline = Timeline.of(DatasetReader.read(DatasetReader.bundled(), DatasetReader.BUNDLED_NAME));
        try (EventStore duck = DuckStore.open(parquet(bundled).toString())) {
            for (Filters filters : List.of(
                    filters(List.of("Iran"), List.of(), null, null),
                    filters(List.of("Iran"), List.of("Azerbaijan"), null, null),
                    filters(List.of(), List.of("Iran"), "embassy-attack-tehran", null),
                    filters(List.of("Azerbaijan"), List.of(), null, 3))) {
                Query query = Selector.select(filters, timeline).query();
                assertThat(query.actorIds().size() + query.withAll().size()).isPositive();
                assertThat(ids(duck.query(query))).as("%s", filters).isEqualTo(ids(timeline.query(query)))
                        .isNotEmpty();
            }
        }
    }

    private static Filters filters(List<String> actors, List<String> with, String around, Integer limit) {
        return new Filters(null, null, null, around, null, null, null, Match.OVERLAPS, null, actors, false, with,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), SortOrder.DATE, limit, List.of());
    }

    private static List<String> ids(Iterable<Event> events) {
        return StreamSupport.stream(events.spliterator(), false).map(Event::id).toList();
    }
}
