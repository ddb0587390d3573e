package dev.timeline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import dev.timeline.tools.GenerateEvents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --engine, timeline sql and DuckDB's bad inputs, through the command line: one line each, the documented code. */
class DuckEngineCliTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private Path parquet() {
        Path file = dir.resolve("bundled.parquet");
        Cli.Result result = cli.run("export", "--format", "parquet", "-o", file.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return file;
    }

    @Test
    void parquetIsReadByDuckDbWithoutAskingAndGlobsToo() throws IOException {
        Path file = parquet();
        Files.copy(file, dir.resolve("second.parquet"));
        // the export keeps what each actor is part of: --actor Iran reaches Iran's government and forces there too
        Cli.Result one = cli.run("list", "--data", file.toString(), "--actor", "Iran", "--format", "csv");
        Cli.Result bundled = cli.run("list", "--actor", "Iran", "--format", "csv");
        assertThat(one.exitCode()).as(one.toString()).isZero();
        assertThat(one.out()).isEqualTo(bundled.out());
        Cli.Result exact = cli.run("list", "--data", file.toString(), "--actor", "Iran", "--exact-actor", "--format",
                "csv");
        assertThat(exact.out()).isEqualTo(cli.run("list", "--actor", "Iran", "--exact-actor", "--format", "csv").out())
                .isNotEqualTo(one.out());
        Cli.Result glob = cli.run("list", "--data", dir.resolve("*.parquet").toString(), "--format", "csv");
        assertThat(glob.exitCode()).as(glob.toString()).isZero();
        assertThat(glob.out().lines().count()).isEqualTo(2 * 26 + 1);
    }

    @Test
    void actorsComeFromTheExportsMetadataOrFromTheRowsOfAParquetFileFromElsewhere() throws Exception {
        Path ours = parquet();
        Path lines = dir.resolve("bundled.jsonl");
        assertThat(cli.run("export", "--format", "jsonl", "-o", lines.toString()).exitCode()).isZero();
        Path theirs = dir.resolve("theirs.parquet");
        try (Connection c = DuckStore.connect(); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM read_json('" + lines + "', format = 'newline_delimited', columns = "
                    + DuckInput.JSON_COLUMNS + ")) TO '" + theirs + "' (FORMAT parquet)");
            try (var r = s.executeQuery("SELECT decode(value) FROM parquet_kv_metadata('" + ours + "') WHERE "
                    + "decode(key) = 'timeline.actors'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).startsWith("[[\"").contains("[\"irgc\",\"Islamic Revolutionary Guard Corps\",\"iran\",\"armed-force\",\"IRN\"]");
            }
        }
        try (DuckStore withMetadata = DuckStore.open(ours.toString());
                DuckStore scanned = DuckStore.open(theirs.toString())) {
            // the metadata holds every actor the rows name, and what they are part of even where no row names it
            assertThat(withMetadata.actorsById().keySet()).containsAll(scanned.actorsById().keySet())
                    .contains("iran", "irgc");
            assertThat(withMetadata.actorsById().get("irgc").partOf()).isEqualTo("iran");
            withMetadata.actorsById().values().stream().filter(a -> a.partOf() != null)
                    .forEach(a -> assertThat(withMetadata.actorsById()).containsKey(a.partOf()));
        }
        Cli.Result a = cli.run("list", "--data", ours.toString(), "--actor", "IRGC", "--format", "jsonl");
        Cli.Result b = cli.run("list", "--data", theirs.toString(), "--actor", "IRGC", "--format", "jsonl");
        assertThat(a.exitCode()).as(a.toString()).isZero();
        assertThat(a.out()).isEqualTo(b.out()).isNotEmpty();
    }

    @Test
    void aGlobThatMatchesNothingIsOneLine() {
        Cli.Result result = cli.run("list", "--data", dir.resolve("lake/*.parquet").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement().asString().contains("no file matches this pattern");
    }

    @Test
    void aParquetFileWithAForeignSchemaNamesTheMissingColumns() throws Exception {
        Path file = dir.resolve("foreign.parquet");
        try (Connection c = DuckStore.connect(); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT 'a' AS id, 'x' AS title, 3 AS goldstein) TO '" + file + "' (FORMAT parquet)");
        }
        Cli.Result result = cli.run("list", "--data", file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement().asString()
                .contains("without the columns date, start, end, type, summary, actors, place, fatalities, sources, tags");
    }

    @Test
    void acledCsvIsReadByDuckDbAsTheNativeReaderReadsIt() throws IOException {
        Path acled = dir.resolve("acled.csv");
        GenerateEvents.write(acled, 20, 1, true);
        Cli.Result duck = cli.run("--engine", "duckdb", "list", "--data", acled.toString(), "--format", "jsonl");
        Cli.Result nativeRun = cli.run("--engine", "native", "list", "--data", acled.toString(), "--format", "jsonl");
        assertThat(duck.exitCode()).as(duck.toString()).isZero();
        assertThat(duck.out()).isEqualTo(nativeRun.out()).hasLineCount(20);
    }

    @Test
    void aBadAcledRowIsOneLineWithTheNativeReadersReason() throws IOException {
        Path acled = dir.resolve("bad-acled.csv");
        Files.writeString(acled, "event_id_cnty,event_date,time_precision,event_type,actor1\n"
                + "A1,2023-03-01,1,Battles,Army\nA2,2023-02-30,1,Battles,Army\n");
        Cli.Result result = cli.run("--engine", "duckdb", "list", "--data", acled.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement().asString().contains("bad-acled.csv")
                .contains("'event_date' is '2023-02-30'; expected a date like 2020-03-21");
    }

    @Test
    void otherCsvIsRefusedByDuckDbWithTheWayOut() throws IOException {
        Path ucdp = dir.resolve("ged.csv");
        Files.writeString(ucdp, "id,type_of_violence,side_a,side_b,date_prec,date_start,date_end,best\n"
                + "1,1,Government of Iraq,IS,1,2017-01-01,2017-01-01,3\n");
        Cli.Result result = cli.run("--engine", "duckdb", "list", "--data", ucdp.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement().asString().contains("the duckdb engine reads Parquet")
                .contains("ACLED CSV, not this file").contains("export --data FILE --format parquet");
    }

    @Test
    void jsonLinesWhoseSpansDisagreeWithTheirDatesAreAnError() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"date\":\"2023-03\",\"start\":\"2023-03-01\",\"end\":\"2023-03-01\","
                + "\"type\":\"battles\",\"title\":\"t\"}\n");
        Cli.Result result = cli.run("--engine", "duckdb", "list", "--data", file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement().asString().contains("event 'a': start 2023-03-01 and end "
                + "2023-03-01 are not the span of its date '2023-03'");
    }

    @Test
    void enginesThatCannotRunAreUsageErrors() {
        Cli.Result bundled = cli.run("--engine", "duckdb", "list");
        assertThat(bundled.exitCode()).isEqualTo(2);
        assertThat(bundled.err().lines()).singleElement().asString().contains("--engine duckdb reads --data FILE");
        Cli.Result unknown = cli.run("--engine", "postgres", "list");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown engine 'postgres'").contains("native, duckdb, spark");
    }

    @Test
    void sqlPrintsTheQueryInEitherDialectResolvingNamesAgainstTheInput() {
        Cli.Result duck = cli.run("sql", "--actor", "Iran", "--in", "2023-Q1", "--limit", "3");
        assertThat(duck.exitCode()).as(duck.toString()).isZero();
        assertThat(duck.out()).startsWith("SELECT \"id\", ").contains("FROM events")
                .contains("lambda x: x.\"id\" IN ('ebrahim-raisi', ").contains("'iran', ").contains("'irgc'").endsWith("LIMIT 3;\n");
        Cli.Result spark = cli.run("sql", "--dialect", "spark", "--text", "embassy", "--limit", "3");
        assertThat(spark.exitCode()).as(spark.toString()).isZero();
        assertThat(spark.out()).startsWith("-- a pre-filter").contains("--limit 3 applies after that check")
                .contains("instr(").doesNotContain("LIMIT 3");
        Cli.Result bad = cli.run("sql", "--dialect", "oracle");
        assertThat(bad.exitCode()).isEqualTo(2);
        Cli.Result unknown = cli.run("sql", "--actor", "Nobody At All");
        assertThat(unknown.exitCode()).isEqualTo(2);
    }

    @Test
    void theSqlOfTimelineSqlRunsInDuckDbAndSelectsWhatListDoes() throws Exception {
        Path file = parquet();
        String sql = cli.run("sql", "--data", file.toString(), "--in", "2023-Q1", "--with", "Azerbaijan").out();
        Cli.Result list = cli.run("list", "--data", file.toString(), "--in", "2023-Q1", "--with", "Azerbaijan",
                "--format", "jsonl");
        StringBuilder ids = new StringBuilder();
        try (Connection c = DuckStore.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE VIEW events AS SELECT * FROM read_parquet('" + file + "')");
            try (var r = s.executeQuery(sql.replace(";\n", ""))) {
                while (r.next()) {
                    ids.append(r.getString(1)).append('\n');
                }
            }
        }
        assertThat(ids.toString()).isEqualTo(String.join("\n", EngineDifferentialTest.ids(list.out())) + "\n")
                .isNotBlank();
    }
}
