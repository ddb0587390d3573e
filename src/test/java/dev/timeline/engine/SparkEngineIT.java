package dev.timeline.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.input.Inputs;
import dev.timeline.io.DataException;
import dev.timeline.io.Progress;
import dev.timeline.model.Actor;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Role;
import dev.timeline.query.DateCondition;
import dev.timeline.query.EventStore;
import dev.timeline.query.Match;
import dev.timeline.query.Query;
import dev.timeline.query.QueryException;
import dev.timeline.support.Cli;
import dev.timeline.tools.GenerateEvents;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.LocalDateRange;

/**
 * The Spark engine in {@code local[2]}: over a generated JSON Lines file (plus hand-made lines with open and
 * uncertain dates) and a Parquet copy Spark writes of its {@code events} view, hand-written SQL over {@code events}
 * and the store's own query path give the native store's ids in the native order; the actors resolve alike; and
 * each bad input is one line with its exit code, never a stack trace, through the real launcher.
 *
 * <p>Skipped, saying so, only when Spark cannot start here; under {@code -Dtimeline.tools.required=true} (.ci/run)
 * that fails instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkEngineIT {

    static final Path PROJECT = Path.of(System.getProperty("timeline.project.dir", ".")).toAbsolutePath().normalize();
    static final Path JAR = PROJECT.resolve("target/timeline.jar");
    static final long SEED = Long.getLong("timeline.seed", 20261201L);

    /** Lines the generator does not write: open and uncertain dates, an actor known by name only, equal spans. */
    static final List<String> HAND_MADE = List.of(
            event("open-end", "1991/..", "policy-period", "[{\"id\":\"iran\",\"name\":\"Iran\",\"role\":\"initiator\"}]"),
            event("open-start", "../2001-05", "policy-period", "[{\"id\":\"azerbaijan\",\"name\":\"Azerbaijan\"}]"),
            event("unknown-start", "/2023-02-10", "battles", "[{\"id\":\"iran\",\"name\":\"Iran\","
                    + "\"role\":\"target\"}]"),
            event("month-uncertain", "2023-02?", "battles", "[{\"name\":\"Iran\"},{\"name\":\"Baku Group\"}]"),
            event("day-unspecified", "2023-03-XX", "protests", "[{\"id\":\"iran\",\"name\":\"Iran\"}]"),
            event("approx-day", "2023-03-30~", "protests", "[{\"id\":\"iran\",\"name\":\"Iran\"}]"),
            event("exact-day", "2023-03-30", "protests", "[{\"id\":\"iran\",\"name\":\"Iran\"}]"),
            event("long-period", "2013/2021", "policy-period", "[]"));

    static String event(String id, String date, String type, String actors) {
        return "{\"id\":\"" + id + "\",\"date\":\"" + date + "\",\"start\":null,\"end\":null,\"type\":\"" + type
                + "\",\"title\":\"Hand made " + id + "\",\"summary\":\"A line the generator does not write.\","
                + "\"actors\":" + actors + ",\"place\":null,\"fatalities\":null,\"sources\":[],\"tags\":[\"hand\"]}";
    }

    Path dir;

    SparkSession spark;
    Path jsonl;
    Path parquet;
    EventStore nativeStore;
    SparkStore jsonStore;
    SparkStore parquetStore;

    @BeforeAll
    void start(@TempDir Path tmp) throws IOException {
        dir = tmp;
        System.out.println("SparkEngineIT: seed " + SEED + " (-Dtimeline.seed=" + SEED + " repeats it)");
        try {
            spark = SparkSessions.start("local[2]");
        } catch (RuntimeException | LinkageError e) {
            String reason = "Spark cannot start here: " + e;
            assertThat(Boolean.getBoolean("timeline.tools.required")).as(reason).isFalse();
            System.err.println("SKIPPED SparkEngineIT: " + reason);
            Assumptions.abort(reason);
        }
        jsonl = dir.resolve("events.jsonl");
        GenerateEvents.write(jsonl, 3000, SEED, false);
        Files.write(jsonl, HAND_MADE, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        nativeStore = Inputs.open(jsonl, new Inputs.Options(false, false, Map.of(), Progress.NONE, w -> { }));
        jsonStore = new SparkStore(spark, false, List.of(jsonl.toString()), SparkStore.UNFILTERED);
        parquet = dir.resolve("events.parquet");
        jsonStore.session().table(SparkStore.VIEW).coalesce(1).write().parquet(parquet.toString());
        parquetStore = new SparkStore(spark, false, List.of(parquet.toString()), SparkStore.UNFILTERED);
    }

    @AfterAll
    void stop() throws IOException {
        if (nativeStore != null) {
            nativeStore.close();
        }
        if (spark != null) {
            spark.stop();
        }
    }

    static final LocalDate Q1 = LocalDate.of(2023, 1, 1);
    static final LocalDate Q1_END = LocalDate.of(2023, 3, 31);

    /** A query, and the SQL over {@code events} that says the same, written by hand. */
    record Case(String name, Query query, String sql) {
    }

    List<Case> cases() {
        String order = SparkStore.order(false);
        return List.of(
                new Case("every event", Query.ALL, "SELECT * FROM events ORDER BY " + order),
                new Case("overlaps 2023-Q1", Query.builder().date(new DateCondition(LocalDateRange.ofClosed(Q1,
                        Q1_END), Match.OVERLAPS)).build(), "SELECT * FROM events WHERE (start IS NULL OR start <= "
                        + "DATE'2023-03-31') AND (`end` IS NULL OR `end` >= DATE'2023-01-01') ORDER BY " + order),
                new Case("within 2023-Q1", Query.builder().date(new DateCondition(LocalDateRange.ofClosed(Q1,
                        Q1_END), Match.WITHIN)).build(), "SELECT * FROM events WHERE start >= DATE'2023-01-01' "
                        + "AND `end` <= DATE'2023-03-31' ORDER BY " + order),
                new Case("within an open range from 2020", Query.builder().date(new DateCondition(
                        LocalDateRange.ofUnboundedEnd(LocalDate.of(2020, 1, 1)), Match.WITHIN)).build(),
                        "SELECT * FROM events WHERE start >= DATE'2020-01-01' ORDER BY " + order),
                new Case("actor iran as initiator", Query.builder().actors(Set.of("iran")).roles(Set.of(
                        Role.INITIATOR)).build(), "SELECT * FROM events WHERE exists(actors, a -> a.id = 'iran' "
                        + "AND a.role = 'initiator') ORDER BY " + order),
                new Case("types, newest first, limit 25", Query.builder().types(Set.of(EventType.BATTLES,
                        EventType.PROTESTS)).descending(true).limit(25).build(), "SELECT * FROM events WHERE type "
                        + "IN ('battles', 'protests') ORDER BY " + SparkStore.order(true) + " LIMIT 25"),
                new Case("overlaps 2023-Q1 and a country", Query.builder().date(new DateCondition(
                        LocalDateRange.ofClosed(Q1, Q1_END), Match.OVERLAPS)).places(List.of("IRN")).build(),
                        "SELECT * FROM events WHERE (start IS NULL OR start <= DATE'2023-03-31') AND (`end` IS NULL "
                        + "OR `end` >= DATE'2023-01-01') AND place.country = 'IRN' ORDER BY " + order));
    }

    @Test
    void handWrittenSqlGivesTheNativeIdsInTheNativeOrder() {
        for (Case c : cases()) {
            List<String> expected = ids(nativeStore.query(c.query()));
            assertThat(expected).as("%s selects something on native", c.name()).isNotEmpty();
            assertThat(ids(jsonStore.select(c.sql()))).as("%s, JSON Lines", c.name()).isEqualTo(expected);
            assertThat(ids(parquetStore.select(c.sql()))).as("%s, Parquet", c.name()).isEqualTo(expected);
        }
    }

    @Test
    void theQueryPathGivesTheNativeEvents() {
        for (Case c : cases()) {
            List<Event> expected = list(nativeStore.query(c.query()));
            assertThat(list(jsonStore.query(c.query()))).as("%s, JSON Lines", c.name()).isEqualTo(expected);
            assertThat(list(parquetStore.query(c.query()))).as("%s, Parquet", c.name()).isEqualTo(expected);
        }
    }

    @Test
    void theHandMadeLinesAreOrderedAsNatively() {
        List<String> ours = ids(jsonStore.query(Query.builder().tags(Set.of("hand")).build()));
        assertThat(ours).isEqualTo(ids(nativeStore.query(Query.builder().tags(Set.of("hand")).build())));
        // same span, told apart by the EDTF text: "2023-03-30" before "2023-03-30~"
        assertThat(ours).containsSubsequence("open-start", "open-end", "long-period", "exact-day", "approx-day");
    }

    @Test
    void actorsResolveAsNatively() {
        List<Actor> expected = nativeStore.actors();
        assertThat(jsonStore.actors()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(parquetStore.actors()).containsExactlyInAnyOrderElementsOf(expected);
        for (String name : List.of("Iran", "iran", "Baku Group", "Military Forces of Iran (2021-)", "Nobody")) {
            assertThat(jsonStore.resolver().select(name, false)).as(name)
                    .isEqualTo(nativeStore.resolver().select(name, false));
        }
        assertThat(jsonStore.event("approx-day")).isEqualTo(nativeStore.event("approx-day"));
    }

    @Test
    void aMalformedLineOrDateIsOneLine() throws IOException {
        Path notJson = dir.resolve("not-json.jsonl");
        Files.writeString(notJson, HAND_MADE.get(0) + "\nnot json at all\n");
        SparkStore store = new SparkStore(spark, false, List.of(notJson.toString()), SparkStore.UNFILTERED);
        assertThatThrownBy(() -> list(store.query(Query.ALL))).isInstanceOf(DataException.class)
                .hasMessageContaining("a line is not a JSON event object (Unrecognized token 'not'")
                .hasMessageNotContaining("\n");
        Path badDate = dir.resolve("bad-date.jsonl");
        Files.writeString(badDate, event("bad", "2023-13-45", "battles", "[]") + "\n");
        SparkStore dates = new SparkStore(spark, false, List.of(badDate.toString()), SparkStore.UNFILTERED);
        assertThatThrownBy(() -> list(dates.query(Query.ALL))).isInstanceOf(DataException.class)
                .hasMessageContaining("event bad: 'date' is \"2023-13-45\": month 13");
        spark.sql("SELECT 1").collectAsList(); // the session lives on after a failed job
    }

    @Test
    void csvOtherThanAcledIsRefusedWithOneLine() throws IOException {
        Path csv = dir.resolve("ged.csv");
        Files.writeString(csv, "id,type_of_violence,side_a,side_b,date_prec,date_start,date_end,best\n"
                + "1,1,Government of Iraq,IS,1,2017-01-01,2017-01-01,3\n");
        assertThatThrownBy(() -> new SparkStore(spark, false, List.of(csv.toString()), SparkStore.UNFILTERED))
                .isInstanceOf(QueryException.class).hasMessageContaining("--engine spark reads ACLED CSV, and")
                .hasMessageContaining("--engine native").hasMessageNotContaining("\n");
        Path tsv = dir.resolve("events.tsv");
        Files.writeString(tsv, "a\tb\n");
        assertThatThrownBy(() -> new SparkStore(spark, false, List.of(tsv.toString()), SparkStore.UNFILTERED))
                .isInstanceOf(QueryException.class).hasMessageContaining("--engine spark does not read")
                .hasMessageNotContaining("\n");
    }

    @Test
    void parquetWithAForeignSchemaNamesTheMissingColumns() {
        Path foreign = dir.resolve("foreign.parquet");
        spark.sql("SELECT 'x' AS id, 'y' AS title").write().parquet(foreign.toString());
        assertThatThrownBy(() -> new SparkStore(spark, false, List.of(foreign.toString()), SparkStore.UNFILTERED))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("missing date, start, end, type, summary, actors, place, fatalities, "
                        + "sources, tags;");
    }

    @Test
    void aGlobThatMatchesNothingIsOneLine() {
        String glob = dir.resolve("nothing-*.parquet").toString();
        assertThatThrownBy(() -> new SparkStore(spark, false, List.of(glob), SparkStore.UNFILTERED))
                .isInstanceOf(DataException.class).hasMessageContaining(glob)
                .hasMessageContaining("no such file or folder, and no file matches it");
    }

    @Test
    void anUnreachableMasterIsOneLineWithinABoundedWait() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> SparkStore.open("spark://127.0.0.1:1", List.of(jsonl.toString()),
                SparkStore.UNFILTERED)).isInstanceOf(DataException.class)
                .hasMessageContaining("Spark master spark://127.0.0.1:1").hasMessageContaining("cannot be reached");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.println("SparkEngineIT: an unreachable master failed after " + millis + " ms");
        assertThat(millis).isLessThan(SparkSessions.CONNECT_MILLIS + 2_000L);
    }

    // --- several --data: one union, as native reads it ---

    /**
     * The union's files: {@code union/events.parquet} (the export of {@link #jsonl}, through DuckDB, metadata and
     * all) and {@code union/other.jsonl} (another seed: the same kinds of ids, so some clash); native reads
     * {@link #jsonl} and the same other file, whose members have the same names, {@code events} and {@code other}.
     */
    private Path[] unionFiles() throws IOException {
        Path folder = dir.resolve("union");
        Path exported = folder.resolve("events.parquet");
        Path other = folder.resolve("other.jsonl");
        if (!Files.exists(other)) {
            Files.createDirectories(folder);
            Cli.Result export = new Cli().env("XDG_CACHE_HOME", dir.resolve("cache").toString()).run("export",
                    "--data", jsonl.toString(), "--no-cache", "--format", "parquet", "-o", exported.toString());
            assertThat(export.exitCode()).as(export.toString()).isZero();
            GenerateEvents.write(other, 1500, SEED + 1, false);
        }
        return new Path[] {exported, other};
    }

    /** Commands whose output, over both files, must be the native output byte for byte. */
    static final List<String> UNION_COMMANDS = List.of(
            "list --in 2023-Q1 --format csv",
            "list --actor Iran --from 2022-07-01 --to 2023-06-30 --format csv",
            "list --actor Iran --role initiator --sort -date --limit 15 --format csv",
            "list --dataset other --type battles --in 2023 --format csv",
            "list --in 2023-03 --corroborate --tolerance 3d",
            "list --in 2023-Q1 --limit 40",
            "export --actor Iran --in 2023 --format jsonl",
            "export --tag hand",
            "chart --terminal --lanes dataset --in 2023",
            "stats --by quarter --from 2022-01-01 --to 2023-12-31");

    @Test
    void twoInputsGiveTheNativeUnion() throws IOException {
        Path[] files = unionFiles();
        Cli cli = new Cli().env("XDG_CACHE_HOME", dir.resolve("cache").toString()).env("COLUMNS", "120");
        for (String command : UNION_COMMANDS) {
            List<String> words = Arrays.asList(command.split(" "));
            List<String> nativeArgs = new ArrayList<>(List.of("--data", jsonl.toString(), "--data",
                    files[1].toString(), "--no-cache"));
            nativeArgs.addAll(words);
            List<String> sparkArgs = new ArrayList<>(List.of("--engine", "spark", "--master", "local[2]", "--data",
                    files[0].toString(), "--data", files[1].toString()));
            sparkArgs.addAll(words);
            Cli.Result expected = cli.run(nativeArgs.toArray(String[]::new));
            Cli.Result sparkRun = cli.run(sparkArgs.toArray(String[]::new));
            assertThat(expected.exitCode()).as("native: %s\n%s", command, expected).isZero();
            assertThat(expected.out().lines().count()).as("%s selects something natively", command)
                    .isGreaterThan(2);
            // a title names the file read (the chart's): events.parquet where native read events.jsonl
            assertThat(new Cli.Result(sparkRun.exitCode(), sparkRun.out().replace("events.parquet",
                    "events.jsonl"), sparkRun.err())).as(command).isEqualTo(expected);
        }
        // both members answer: the union is no one file's answer
        String both = cli.run("--engine", "spark", "--master", "local[2]", "--data", files[0].toString(), "--data",
                files[1].toString(), "list", "--in", "2023-Q1", "--format", "csv").out();
        assertThat(both.lines().map(line -> line.substring(line.lastIndexOf(',') + 1)).distinct())
                .containsExactlyInAnyOrder("dataset", "events", "other");
        assertThat(spark.sparkContext().isStopped()).as("the session the run found is left running").isFalse();
    }

    /** An event id both files hold stays as each gives it, as native leaves it for two big files; in merged order. */
    @Test
    void theUnionsIdsAndOrderAreNatives() throws IOException {
        Path[] files = unionFiles();
        Cli cli = new Cli().env("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Cli.Result nativeRun = cli.run("--data", jsonl.toString(), "--data", files[1].toString(), "--no-cache",
                "export", "--format", "csv");
        Cli.Result sparkRun = cli.run("--engine", "spark", "--master", "local[2]", "--data", files[0].toString(),
                "--data", files[1].toString(), "export", "--format", "csv");
        List<String> ids = nativeRun.out().lines().skip(1).map(line -> line.substring(0, line.indexOf(',')))
                .toList();
        assertThat(ids).hasSize(3000 + HAND_MADE.size() + 1500);
        assertThat(Set.copyOf(ids)).as("the generator's ids clash across seeds: some are in both files")
                .hasSizeLessThan(ids.size());
        assertThat(sparkRun.out().lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList())
                .isEqualTo(ids);
        assertThat(sparkRun).isEqualTo(nativeRun);
    }

    /** A member that cannot be opened ends the run with one line, and the rest are closed: no session left. */
    @Test
    void aMissingMemberIsOneLine() throws IOException {
        Path[] files = unionFiles();
        Cli.Result run = new Cli().run("--engine", "spark", "--master", "local[2]", "--data", files[0].toString(),
                "--data", dir.resolve("missing.jsonl").toString(), "list");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("missing.jsonl: no such file or folder").hasLineCount(1);
    }

    // --- through the launcher, as users run it ---

    /** scripts/timeline with SPARK_HOME (its jars: this test's Spark) prints what the native engine prints. */
    @Test
    void theLauncherRunsSparkFromSparkHome() throws Exception {
        Path home = sparkHome();
        String query = " list --data '" + jsonl + "' --actor Iran --in 2023-Q1";
        Run nativeRun = bash("'" + PROJECT.resolve("scripts/timeline") + "'" + query + " --no-cache", Map.of());
        Run sparkRun = bash("'" + PROJECT.resolve("scripts/timeline") + "' --engine spark --master 'local[2]'"
                + query, Map.of("SPARK_HOME", home.toString()));
        assertThat(nativeRun.code()).as(nativeRun.toString()).isZero();
        assertThat(sparkRun.code()).as(sparkRun.toString()).isZero();
        assertThat(sparkRun.err()).as("Spark's log stays off the terminal").isEmpty();
        assertThat(sparkRun.out()).isEqualTo(nativeRun.out()).contains("Iran");
    }

    /** Two --data through the launcher: one session started and stopped by the run, the native union's output. */
    @Test
    void theLauncherReadsTwoInputsInOneSession() throws Exception {
        Path home = sparkHome();
        Path[] files = unionFiles();
        String query = " list --actor Iran --in 2023-Q1";
        Run nativeRun = bash("'" + PROJECT.resolve("scripts/timeline") + "' --data '" + jsonl + "' --data '" + files[1]
                + "'" + query + " --no-cache", Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()));
        Run sparkRun = bash("'" + PROJECT.resolve("scripts/timeline") + "' --engine spark --master 'local[2]' --data '"
                + files[0] + "' --data '" + files[1] + "'" + query, Map.of("SPARK_HOME", home.toString()));
        assertThat(nativeRun.code()).as(nativeRun.toString()).isZero();
        assertThat(sparkRun.code()).as(sparkRun.toString()).isZero();
        assertThat(sparkRun.err()).as("Spark's log stays off the terminal: no second session, no stop twice").isEmpty();
        assertThat(sparkRun.out()).isEqualTo(nativeRun.out()).contains("other").contains("events");
    }

    @Test
    void withoutSparkOnTheClassPathItSaysSparkHome() throws Exception {
        Run run = bash("java -jar '" + JAR + "' --engine spark list --data '" + jsonl + "'", Map.of());
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("timeline: --engine spark needs Spark on the class path: set SPARK_HOME")
                .hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badInputThroughTheCommandIsOneLine() throws Exception {
        String java = "java " + System.getProperty("timeline.spark.java.options", "") + " -cp '" + JAR + ":"
                + sparkJars().stream().map(Path::toString).collect(Collectors.joining(":")) + "' dev.timeline.cli.Main";
        long started = System.nanoTime();
        Run master = bash(java + " --engine spark --master spark://127.0.0.1:1 list --data '" + jsonl + "'", Map.of());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.println("SparkEngineIT: timeline with an unreachable master exited after " + millis + " ms");
        assertThat(master.code()).as(master.toString()).isEqualTo(1);
        assertThat(master.err()).startsWith("timeline: Spark master spark://127.0.0.1:1: cannot be reached")
                .hasLineCount(1);
        Run glob = bash(java + " --engine spark list --data '" + dir + "/none-*.parquet'", Map.of());
        assertThat(glob.code()).as(glob.toString()).isEqualTo(1);
        assertThat(glob.err()).contains("none-*.parquet: no such file or folder").hasLineCount(1);
        Files.writeString(dir.resolve("ged-cli.csv"), "id,type_of_violence,side_a,side_b,date_prec,date_start,"
                + "date_end,best\n1,1,Government of Iraq,IS,1,2017-01-01,2017-01-01,3\n");
        Run csv = bash(java + " --engine spark list --data '" + dir + "/ged-cli.csv'", Map.of());
        assertThat(csv.code()).as(csv.toString()).isEqualTo(2);
        assertThat(csv.err()).contains("--engine spark reads ACLED CSV, and").hasLineCount(1);
    }

    /** A master address that takes the connection and never answers: the watchdog, not Spark's minute of retries. */
    @Test
    void aMasterThatNeverAnswersIsOneLineWithinTheWatchdog() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException e) {
                    // closed: the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String master = "spark://127.0.0.1:" + silent.getLocalPort();
            long started = System.nanoTime();
            Run run = bash("java " + System.getProperty("timeline.spark.java.options", "")
                    + " -Dtimeline.spark.registerSeconds=3 -cp '" + JAR + ":" + sparkJars().stream()
                    .map(Path::toString).collect(Collectors.joining(":")) + "' dev.timeline.cli.Main --engine spark "
                    + "--master " + master + " list --data '" + jsonl + "'", Map.of());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            System.out.println("SparkEngineIT: a master that never answers: exit after " + millis + " ms (3 s watchdog)");
            assertThat(run.code()).as(run.toString()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("timeline: Spark master " + master + ": accepted the connection but did "
                    + "not register the application within 3 s; expected a Spark standalone master there\n");
            assertThat(millis).isLessThan(30_000L);
        }
    }

    /** A folder laid out as a Spark installation: jars/ holding this test's Spark class path. */
    private Path sparkHome() throws IOException {
        Path jars = Files.createDirectories(dir.resolve("spark-home/jars"));
        for (Path jar : sparkJars()) {
            if (!Files.exists(jars.resolve(jar.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
            }
        }
        return jars.getParent();
    }

    /** The jars of the test class path but timeline's own classes: Spark and what it needs. */
    private static List<Path> sparkJars() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                .filter(p -> p.toString().endsWith(".jar") && Files.isRegularFile(p)).distinct().toList();
    }

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    private Run bash(String script, Map<String, String> env) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "run", ".out");
        Path err = Files.createTempFile(dir, "run", ".err");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("SPARK_HOME");
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + script);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static List<String> ids(Iterable<Event> events) {
        return list(events).stream().map(Event::id).toList();
    }

    private static List<Event> list(Iterable<Event> events) {
        List<Event> all = new ArrayList<>();
        events.forEach(all::add);
        return all;
    }
}
