package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.timeline.input.Inputs;
import dev.timeline.io.Progress;
import dev.timeline.model.Countries;
import dev.timeline.model.EventType;
import dev.timeline.model.QuadClass;
import dev.timeline.support.Cli;
import dev.timeline.support.Corpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real ACLED, GDELT, UCDP GED and ICEWS files answer queries with the counts DuckDB gives for the same filter over the same
 * file, asked live ({@code scripts/bench-tools/duckdb-counts.mjs}). Needs {@code @duckdb/node-api} installed in
 * the folder {@code timeline.duckdb.dir} names ({@code .ci/run} installs it); skipped, saying so, without it. UCDP
 * and ICEWS are also counted per column value (date_prec, type_of_violence, country; CAMEO root, quad class,
 * country), and every format's rows with a point.
 */
class DuckDbCountsIT {

    static final Path PROJECT = Path.of(System.getProperty("timeline.project.dir", ".")).toAbsolutePath().normalize();

    static final String UCDP = "ucdp-ged/ged231-sample-uncertainUCDP.csv";
    static final String ICEWS = "icews/events.2018.sample.first3000.tab";

    static final ObjectMapper MAPPER = new ObjectMapper();

    static Map<String, Long> duckdb;

    @TempDir
    Path cache;

    @BeforeAll
    static void askDuckDb() throws IOException, InterruptedException {
        String dir = System.getProperty("timeline.duckdb.dir", "");
        Path modules = dir.isBlank() ? null : Path.of(dir, "node_modules", "@duckdb", "node-api");
        if (modules == null || !Files.isDirectory(modules)) {
            System.err.println("SKIPPED: DuckDB (@duckdb/node-api) is not installed; .ci/run installs it into "
                    + ".cache/duckdb (timeline.duckdb.dir='" + dir + "')");
            Assumptions.abort("DuckDB is not installed");
        }
        Path corpora = Corpora.require("gdelt").getParent();
        Path script = Path.of(dir, "duckdb-counts.mjs");
        Files.copy(PROJECT.resolve("scripts/bench-tools/duckdb-counts.mjs"), script,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Process node = new ProcessBuilder("node", script.toString(), corpora.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(node.exitValue()).as(out).isZero();
        duckdb = new HashMap<>();
        out.lines().map(l -> l.split("\t")).forEach(cells -> duckdb.put(cells[0], Long.parseLong(cells[1])));
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("afghanistan-taliban", "acled-afghanistan-2020-03/ACLED.csv",
                        List.of("--from", "2020-03-10", "--to", "2020-03-15", "--actor", "Taliban")),
                Arguments.of("armenia-war", "acled-armenia-hdx/conflict_data_arm.first-records.csv",
                        List.of("--from", "2020-09-27", "--to", "2020-11-10")),
                Arguments.of("armenia-protesters-2019", "acled-armenia-hdx/conflict_data_arm.first-records.csv",
                        List.of("--in", "2019", "--actor", "Protesters (Armenia)")),
                Arguments.of("global-taliban", "acled-global-2020-05/acled.first-records.csv",
                        List.of("--from", "2020-05-01", "--to", "2020-05-03", "--actor", "Taliban")),
                Arguments.of("subset-azerbaijan-forces", "acled-global-2020-05/acled.caucasus-iran-turkey-subset.csv",
                        List.of("--actor", "Military Forces of Azerbaijan (2003-)")),
                Arguments.of("gdelt2-iran", "gdelt/20191024143000.export.CSV", List.of("--actor", "Iran")),
                Arguments.of("gdelt2-day", "gdelt/20191024143000.export.CSV", List.of("--in", "2019-10-24")),
                Arguments.of("gdelt1-1982", "gdelt/gdelt-v1-sample-events.tsv", List.of("--in", "1982")),
                Arguments.of("gdelt1-united-states", "gdelt/gdelt-v1-sample-events.tsv",
                        List.of("--actor", "United States")),
                Arguments.of("ucdp-all", UCDP, List.of()),
                Arguments.of("ucdp-2020", UCDP, List.of("--in", "2020")),
                Arguments.of("ucdp-1995-04", UCDP, List.of("--from", "1995-04-15", "--to", "1995-04-30")),
                Arguments.of("ucdp-azerbaijan", UCDP, List.of("--actor", "Azerbaijan")),
                Arguments.of("ucdp-afghanistan", UCDP, List.of("--actor", "Government of Afghanistan")),
                Arguments.of("icews-all", ICEWS, List.of()),
                Arguments.of("icews-day", ICEWS, List.of("--in", "2018-06-01")),
                Arguments.of("icews-azerbaijan", ICEWS, List.of("--actor", "Azerbaijan")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void countsMatchDuckDb(String name, String file, List<String> filters) {
        String[] args = Stream.concat(Stream.of("export", "--data", Corpora.require(file).toString(), "--format",
                "jsonl"), filters.stream()).toArray(String[]::new);
        Cli.Result result = new Cli().env("XDG_CACHE_HOME", cache.toString()).run(args);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(duckdb).containsKey(name);
        assertThat(result.out().lines().count()).as(name).isEqualTo(duckdb.get(name));
    }

    /** DuckDB's counts of the grouped query {@code name} ("name:value" lines), by value. */
    private static Map<String, Long> grouped(String name) {
        Map<String, Long> counts = new TreeMap<>();
        duckdb.forEach((key, count) -> {
            if (key.startsWith(name + ":")) {
                counts.put(key.substring(name.length() + 1), count);
            }
        });
        assertThat(counts).as(name).isNotEmpty();
        return counts;
    }

    private List<JsonNode> events(String file) throws IOException {
        Cli.Result result = new Cli().env("XDG_CACHE_HOME", cache.toString()).run("export", "--data",
                Corpora.require(file).toString(), "--format", "jsonl");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<JsonNode> events = new ArrayList<>();
        for (String line : result.out().lines().toList()) {
            events.add(MAPPER.readTree(line));
        }
        return events;
    }

    /** {@code stats --by BY --format csv} of {@code file}, as bucket to count. */
    private Map<String, Long> stats(String file, String by) {
        Cli.Result result = new Cli().env("XDG_CACHE_HOME", cache.toString()).run("stats", "--data",
                Corpora.require(file).toString(), "--by", by, "--format", "csv");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        Map<String, Long> counts = new TreeMap<>();
        result.out().lines().skip(1).map(l -> l.split(",")).filter(c -> !c[1].equals("0"))
                .forEach(c -> counts.put(c[0], Long.parseLong(c[1])));
        return counts;
    }

    private static <K> Map<K, Long> count(Stream<K> keys) {
        return keys.collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    }

    /** type_of_violence 1 and 2 are battles, 3 violence against civilians, each tagged with its UCDP name. */
    @Test
    void ucdpViolenceTypesMatchDuckDb() {
        Map<String, Long> violence = grouped("ucdp-violence");
        assertThat(stats(UCDP, "type")).isEqualTo(Map.of("battles", violence.get("1") + violence.get("2"),
                "violence-against-civilians", violence.get("3")));
        String[] tags = {"ucdp:state-based", "ucdp:non-state", "ucdp:one-sided"};
        for (int v = 1; v <= 3; v++) {
            Cli.Result tagged = new Cli().env("XDG_CACHE_HOME", cache.toString()).run("export", "--data",
                    Corpora.require(UCDP).toString(), "--format", "jsonl", "--tag", tags[v - 1]);
            assertThat(tagged.out().lines().count()).as(tags[v - 1]).isEqualTo(violence.get(Integer.toString(v)));
        }
    }

    /**
     * Every date_prec row becomes a day, a month, a year or an interval as the codebook's rule written in SQL says
     * (DuckDB's rows per date_prec: 849, 107, 7, 23, 14), and the best estimates add up.
     */
    @Test
    void ucdpDatesCountriesAndFatalitiesMatchDuckDb() throws IOException {
        assertThat(grouped("ucdp-prec").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1000);
        List<JsonNode> events = events(UCDP);
        assertThat(count(events.stream().map(e -> shape(e.get("date").asText())))).isEqualTo(grouped("ucdp-shape"));
        Map<String, Long> byCode = new TreeMap<>();
        grouped("ucdp-country").forEach((name, n) -> {
            String code = UcdpFormat.country(name);
            assertThat(code).as("GED country '%s'", name).isNotNull();
            byCode.merge(code, n, Long::sum);
        });
        assertThat(count(events.stream().map(e -> e.get("place").get("country").asText()))).isEqualTo(byCode);
        assertThat(events.stream().mapToLong(e -> e.get("fatalities").asLong()).sum()).isEqualTo(duckdb.get("ucdp-best"));
    }

    private static String shape(String edtf) {
        return edtf.contains("/") ? "interval" : edtf.length() == 10 ? "day" : edtf.length() == 7 ? "month" : "year";
    }

    /** Per CAMEO root (as types) and per quad class, from the CAMEO code alone; per country of the event. */
    @Test
    void icewsRootsQuadsAndCountriesMatchDuckDb() throws IOException {
        Map<String, Long> byType = new TreeMap<>();
        grouped("icews-root").forEach((root, n) -> byType.put(EventType.ofCameo(root + "0").id(), n));
        assertThat(stats(ICEWS, "type")).isEqualTo(byType);
        Map<String, Long> byQuad = new TreeMap<>();
        grouped("icews-quad").forEach((quad, n) -> byQuad.put(QuadClass.ofCode(Integer.parseInt(quad)).id(), n));
        assertThat(stats(ICEWS, "quad")).isEqualTo(byQuad);
        Map<String, Long> byCode = new TreeMap<>();
        grouped("icews-country").forEach((name, n) -> {
            String code = name.isEmpty() ? "" : Countries.ofName(name);
            assertThat(code).as("ICEWS country '%s'", name).isNotNull();
            byCode.merge(code, n, Long::sum);
        });
        assertThat(count(events(ICEWS).stream().map(e -> e.get("place").isNull() ? ""
                : e.get("place").get("country").asText()))).isEqualTo(byCode);
    }

    static Stream<Arguments> points() {
        return Stream.of(Arguments.of("ucdp", UCDP), Arguments.of("icews", ICEWS),
                Arguments.of("acled-afghanistan", "acled-afghanistan-2020-03/ACLED.csv"),
                Arguments.of("acled-armenia", "acled-armenia-hdx/conflict_data_arm.first-records.csv"),
                Arguments.of("gdelt2", "gdelt/20191024143000.export.CSV"),
                Arguments.of("gdelt1", "gdelt/gdelt-v1-sample-events.tsv"));
    }

    /** Rows with both coordinates, not 0,0, are the events whose place has a point. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("points")
    void pointsMatchDuckDb(String name, String file) {
        BigSource source = Inputs.openBig(Corpora.require(file), new Inputs.Options(false, true,
                Map.of("XDG_CACHE_HOME", cache.toString()), Progress.NONE, w -> { }));
        long[] points = {0};
        source.forEach(e -> points[0] += e.place() != null && e.place().hasPoint() ? 1 : 0);
        assertThat(points[0]).as(name).isEqualTo(grouped("points").get(name));
    }
}
