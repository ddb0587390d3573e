package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import dev.timeline.support.Corpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real ACLED and GDELT files answer queries with the counts DuckDB gives for the same filter over the same
 * file, asked live ({@code scripts/bench-tools/duckdb-counts.mjs}). Needs {@code @duckdb/node-api} installed in
 * the folder {@code timeline.duckdb.dir} names ({@code .ci/run} installs it); skipped, saying so, without it.
 */
class DuckDbCountsIT {

    static final Path PROJECT = Path.of(System.getProperty("timeline.project.dir", ".")).toAbsolutePath().normalize();

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
                        List.of("--actor", "United States")));
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
}
