package dev.timeline.engine;

import dev.timeline.dates.EventDate;
import dev.timeline.index.BigSource;
import dev.timeline.input.InputFormat;
import dev.timeline.io.DataException;
import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Names;
import dev.timeline.query.ActorResolver;
import dev.timeline.query.EventStore;
import dev.timeline.query.Query;
import dev.timeline.query.QueryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark engine: its input (Parquet in the export's columns, or JSON Lines in the export shape, from any path
 * Spark reads: local files, {@code hdfs://}, {@code s3a://}, globs) is the temporary view {@code events} of the
 * engine contract; a query runs as the SQL {@code sql} makes of it, and its rows stream back to the driver one
 * partition at a time ({@code toLocalIterator}, never all collected) as {@link Event}s.
 *
 * <p>The rows back pass the query's own predicate ({@link Query#matcher()}) and limit as well, so that SQL that
 * filters conservatively (a pre-filter where SQL cannot say what the native matcher says) still gives the native
 * answer; exact SQL loses nothing by it. The SQL must give the native order.
 *
 * <p>Actors are those the rows name, each once, by first appearance, made as the native JSON Lines index makes
 * them, into the same {@link ActorResolver}.
 */
public final class SparkStore implements EventStore {

    /** The name of the view every query reads. */
    public static final String VIEW = "events";

    /**
     * SQL until the compiler is plugged in: every event, in the native order ({@link dev.timeline.query.Timeline#ORDER}:
     * earliest day, open first; latest day, open last; EDTF text; id; all reversed for {@code -date}); the query's
     * filters and limit are then applied to the rows back.
     */
    public static final Function<Query, String> UNFILTERED = query -> "SELECT * FROM " + VIEW + " ORDER BY "
            + order(query.descending());

    /** The native order as an ORDER BY list. */
    public static String order(boolean descending) {
        return descending ? "start DESC NULLS LAST, `end` DESC NULLS FIRST, date DESC, id DESC"
                : "start ASC NULLS FIRST, `end` ASC NULLS LAST, date ASC, id ASC";
    }

    /** How an input is read. */
    enum Format { PARQUET, JSON_LINES, ACLED_CSV }

    private final SparkSession spark;
    private final boolean owned;
    private final List<String> paths;
    private final String name;
    private final Function<Query, String> sql;
    private Map<String, Actor> actorsById;
    /** Whether names resolve with the country rule: a Parquet export's timeline.countries metadata; JSON Lines never. */
    private boolean countries;
    /** Every actor, from a Parquet export's timeline.actors metadata; null to scan the rows. */
    private List<Actor> metadataActors;
    /** The mapping of an ACLED CSV input, else null. */
    private AcledView acled;

    /**
     * Opens {@code paths} in a session of its own ({@link SparkSessions#start}) on {@code master} (null: the
     * {@code spark.master} spark-submit sets, else {@code local[*]}); the session ends when the store is closed. A
     * session the process already has (a host that embeds timeline, a test) on that master (or any, when none is
     * named) is used instead, and left running.
     */
    public static SparkStore open(String master, List<String> paths, Function<Query, String> sql) {
        scala.Option<SparkSession> running = SparkSession.getDefaultSession();
        if (running.isDefined() && (master == null || master.equals(running.get().sparkContext().master()))) {
            // a session the process already has (a host embedding timeline, a test): used, and left running
            return new SparkStore(running.get(), false, paths, sql);
        }
        SparkSession spark = SparkSessions.start(master);
        try {
            return new SparkStore(spark, true, paths, sql);
        } catch (RuntimeException e) {
            spark.stop();
            throw e;
        }
    }

    /**
     * Another input, {@code paths}, in this store's Spark context, with its SQL: one member of a union whose first
     * member started the session; closing it leaves the session to the store that owns it.
     */
    public SparkStore alongside(List<String> paths) {
        return new SparkStore(spark, false, paths, sql);
    }

    /**
     * The store of {@code paths} (one input: files of one format) in a new session of {@code spark}'s context
     * (stopped on {@link #close()} when {@code owned}), where it registers the view {@value #VIEW}.
     */
    public SparkStore(SparkSession spark, boolean owned, List<String> paths, Function<Query, String> sql) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no input paths");
        }
        this.spark = spark.newSession(); // its own temporary views and functions: stores never see each other's
        this.owned = owned;
        this.paths = List.copyOf(paths);
        this.name = String.join(", ", paths);
        this.sql = sql;
        register();
    }

    private void register() {
        Format format = format(paths);
        String[] all = paths.toArray(String[]::new);
        try {
            if (format == Format.PARQUET) {
                org.apache.spark.sql.Dataset<Row> df = spark.read().parquet(all);
                List<String> columns = Arrays.asList(df.columns());
                List<String> missing = SparkRows.COLUMNS.stream().filter(c -> !columns.contains(c)).toList();
                if (!missing.isEmpty()) {
                    throw new DataException(name, "a Parquet file without the events columns: missing "
                            + String.join(", ", missing) + "; expected the columns export --format parquet writes ("
                            + String.join(", ", SparkRows.COLUMNS) + ")");
                }
                df.createOrReplaceTempView(VIEW);
                readMetadata(df.inputFiles());
            } else if (format == Format.ACLED_CSV) {
                registerAcled();
            } else {
                spark.udf().register("timeline_start", (UDF1<String, LocalDate>) SparkStore::start,
                        DataTypes.DateType);
                spark.udf().register("timeline_end", (UDF1<String, LocalDate>) SparkStore::end, DataTypes.DateType);
                spark.read().schema(SparkRows.JSON_LINES).option("mode", "FAILFAST").json(all)
                        .createOrReplaceTempView("timeline_json_lines");
                // the span of days from the EDTF text, as the native reader computes it (not the file's start/end)
                spark.udf().register("timeline_slug", (UDF1<String, String>) name -> Names.slug(name == null ? ""
                        : name), DataTypes.StringType);
                // an actor given by name alone is known by the slug of its name, as the native reader knows it, so
                // that the compiled actor filter sees the id the native engine matches
                spark.sql("SELECT id, date, timeline_start(date) AS start, timeline_end(date) AS `end`, type, title, "
                        + "summary, transform(actors, a -> named_struct('id', coalesce(a.id, timeline_slug(a.name)), "
                        + "'name', a.name, 'role', a.role)) AS actors, place, fatalities, sources, tags, note "
                        + "FROM timeline_json_lines")
                        .createOrReplaceTempView(VIEW);
            }
        } catch (Exception e) { // AnalysisException is checked, though Scala does not declare it
            throw failed(e);
        }
    }

    /**
     * An ACLED CSV (one file): its cells read as text into columns c0… ({@link AcledView}), with each record's
     * position in the file (multi-line CSV is read a whole file at a time, in order), and the view {@value #VIEW}
     * computed from them by the native mapping's own Java code, registered as Spark functions.
     */
    private void registerAcled() throws Exception {
        String path = paths.get(0);
        if (paths.size() > 1 || DuckInput.isGlob(path)) {
            throw new QueryException("--engine spark reads one ACLED CSV file at a time, not " + name
                    + "; expected one file, or Parquet files (timeline export --format parquet)");
        }
        InputFormat.Layout layout = acledLayout(path);
        if (layout == null) {
            throw new QueryException("--engine spark reads ACLED CSV, and " + path + " is not one (GDELT, UCDP and "
                    + "ICEWS map to events in ways Spark SQL does not reproduce); expected Parquet, JSON Lines or "
                    + "ACLED CSV (convert with timeline export), or use --engine native");
        }
        acled = new AcledView(BigSource.Acled.of(layout.rows()), name, Dialect.SPARK);
        // plans over ACLED's 31 columns are wider than Spark prints whole: no warning about it on every run
        spark.conf().set("spark.sql.debug.maxToStringFields", "1000");
        countries = true; // ACLED ties actors to countries ("Protesters (Iran)"), as the native resolver does
        spark.udf().register("timeline_text", (UDF1<String, String>) BigSource.Acled::text, DataTypes.StringType);
        spark.udf().register("timeline_slug", (UDF1<String, String>) n -> n == null ? null : Names.slug(n),
                DataTypes.StringType);
        spark.udf().register("timeline_acled_date", (UDF2<String, String, String>) BigSource.Acled::date,
                DataTypes.StringType);
        spark.udf().register("timeline_acled_type", (UDF1<String, String>) BigSource.Acled::type,
                DataTypes.StringType);
        spark.udf().register("timeline_acled_country", (UDF3<String, String, String, String>)
                BigSource.Acled::country, DataTypes.StringType);
        spark.udf().register("timeline_start", (UDF1<String, LocalDate>) SparkStore::start, DataTypes.DateType);
        spark.udf().register("timeline_end", (UDF1<String, LocalDate>) SparkStore::end, DataTypes.DateType);
        StructField[] fields = new StructField[acled.acled().width()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = new StructField(AcledView.raw(i), DataTypes.StringType, true, Metadata.empty());
        }
        // RFC 4180 as the native reader splits it: '"' around a field and '""' inside one, line breaks inside
        // quotes; every row as wide as the header; the header (and an HXL row) skipped by position
        spark.read().schema(new StructType(fields)).option("header", "false").option("multiLine", "true")
                .option("quote", "\"").option("escape", "\"").option("mode", "FAILFAST").option("encoding", "UTF-8")
                .csv(path).withColumn(AcledView.POSITION, functions.monotonically_increasing_id())
                .where(functions.col(AcledView.POSITION).geq(layout.firstLine() - 1))
                .createOrReplaceTempView("timeline_acled_raw");
        spark.sql(acled.view("timeline_acled_raw")).createOrReplaceTempView(VIEW);
    }

    /** The layout of the ACLED CSV {@code path} (local, or on any file system Spark reads), or null. */
    private InputFormat.Layout acledLayout(String path) throws IOException {
        if (!path.contains("://") && !path.startsWith("file:")) {
            return AcledView.layout(Path.of(path));
        }
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(path);
        org.apache.hadoop.fs.FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
        long size = fs.getFileStatus(file).getLen();
        try (InputStream in = fs.open(file)) {
            byte[] head = in.readNBytes(1 << 16);
            if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                return null; // gzip: not read by the engines
            }
            return AcledView.acled(InputFormat.detect(head, size, path));
        } catch (DataException e) {
            return null;
        }
    }

    /** The event of one row of {@value #VIEW} (or of a query selecting its columns). */
    private Event event(Row row) {
        if (acled == null) {
            return SparkRows.event(row, name);
        }
        String[] cells = new String[acled.rawCount()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = row.getString(row.fieldIndex(acled.rawColumn(i)));
        }
        return acled.event(cells, row.getString(row.fieldIndex("id")), row.getString(row.fieldIndex("date")),
                day(row.get(row.fieldIndex("start"))), day(row.get(row.fieldIndex("end"))));
    }

    private static LocalDate day(Object value) {
        return value == null ? null : value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** The first day of {@code edtf}'s span, or null when open or not EDTF (the row then fails when read). */
    static LocalDate start(String edtf) {
        LocalDate day = span(edtf, true);
        return day == null || day.equals(LocalDate.MIN) ? null : day;
    }

    /** The last day of {@code edtf}'s span, or null when open or not EDTF. */
    static LocalDate end(String edtf) {
        LocalDate day = span(edtf, false);
        return day == null || day.equals(LocalDate.MAX) ? null : day;
    }

    private static LocalDate span(String edtf, boolean start) {
        if (edtf == null) {
            return null;
        }
        try {
            EventDate date = EventDate.parse(edtf);
            return start ? date.earliest() : date.latest();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The format of {@code paths}, by name: {@code .parquet} or a folder is Parquet; {@code .jsonl}, {@code .ndjson},
     * {@code .json} (also gzipped) is JSON Lines; a local file without such a name by its first bytes. ACLED CSV is
     * refused: its mapping (index/AcledFormat) is not one Spark SQL reproduces exactly yet.
     */
    static Format format(List<String> paths) {
        Format found = null;
        for (String path : paths) {
            Format format = formatOf(path);
            if (found != null && format != found) {
                throw new QueryException("--engine spark reads one format at a time: " + paths.get(0) + " and "
                        + path + " differ; expected Parquet files or JSON Lines files");
            }
            found = format;
        }
        return found;
    }

    private static Format formatOf(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        lower = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        if (lower.endsWith(".parquet") || lower.endsWith(".parq")) {
            return Format.PARQUET;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
            return Format.JSON_LINES;
        }
        if (lower.endsWith(".csv") && !path.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return Format.ACLED_CSV; // checked to be ACLED's when opened
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
            throw new QueryException("--engine spark does not read " + path + ": of CSV and TSV inputs it reads "
                    + "ACLED CSV, unpacked (GDELT, UCDP and ICEWS map to events in ways Spark SQL does not "
                    + "reproduce); expected Parquet, JSON Lines or ACLED CSV (convert with timeline export), or use "
                    + "--engine native");
        }
        if (!path.contains("://") && !path.startsWith("file:")) {
            Path local = Path.of(path);
            if (Files.isRegularFile(local)) {
                try (InputStream in = Files.newInputStream(local)) {
                    byte[] head = in.readNBytes(4);
                    if (Arrays.equals(head, "PAR1".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                        return Format.PARQUET;
                    }
                    if (head.length > 0 && head[0] == '{') {
                        return Format.JSON_LINES;
                    }
                    if (AcledView.layout(local) != null) {
                        return Format.ACLED_CSV;
                    }
                } catch (IOException e) {
                    throw DataException.reading(path, e);
                }
                throw new QueryException("--engine spark does not know the format of " + path
                        + "; expected a .parquet, .jsonl or ACLED .csv file (or a folder of Parquet files)");
            }
        }
        return Format.PARQUET; // a folder, a glob or a remote path without extension: a data lake's Parquet
    }

    private DataException reading(AnalysisException e) {
        String condition = e.getCondition();
        if ("PATH_NOT_FOUND".equals(condition)) {
            return new DataException(name, "no such file or folder, and no file matches it"
                    + "; expected a path or glob Spark can read (file, hdfs://, s3a://)");
        }
        return new DataException(name, "Spark cannot read it: " + SparkSessions.firstLine(e));
    }

    @Override
    public Dataset dataset() {
        String last = paths.get(0).replaceAll("/+$", "");
        String file = last.substring(last.lastIndexOf('/') + 1);
        return new Dataset(Names.slug(file), null, file, "Events read from " + name + " by Spark", List.of(),
                List.of());
    }

    @Override
    public synchronized Map<String, Actor> actorsById() {
        if (actorsById == null && metadataActors != null) {
            Map<String, Actor> byId = new LinkedHashMap<>();
            metadataActors.forEach(a -> byId.putIfAbsent(a.id(), a));
            actorsById = Collections.unmodifiableMap(byId);
        }
        if (actorsById == null && acled != null) {
            Iterator<Row> rows = rows("SELECT " + acled.actorColumns() + " FROM timeline_acled_raw ORDER BY "
                    + AcledView.POSITION);
            actorsById = acled.actors(() -> new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return SparkStore.this.hasNext(rows);
                }

                @Override
                public String[] next() {
                    Row row = rows.next();
                    String[] cells = new String[8];
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = row.isNullAt(i) ? null : row.getString(i);
                    }
                    return cells;
                }
            });
        }
        if (actorsById == null) {
            Map<String, Actor> byKey = new LinkedHashMap<>();
            // by first appearance, known by id when there is one, else by name: as the native index meets them
            String actors = "SELECT min_by(a.id, pos) AS id, min_by(a.name, pos) AS name FROM (SELECT "
                    + "monotonically_increasing_id() AS pos, actors FROM " + VIEW + ") LATERAL VIEW explode(actors) "
                    + "t AS a WHERE a.id IS NOT NULL OR a.name IS NOT NULL GROUP BY coalesce(a.id, a.name) "
                    + "ORDER BY min(pos)";
            Iterator<Row> rows = rows(actors);
            while (rows.hasNext()) {
                Row row = rows.next();
                Actor actor = SparkRows.actor(row.getString(0), row.getString(1));
                byKey.putIfAbsent(actor.id(), actor);
            }
            actorsById = Collections.unmodifiableMap(byKey);
        }
        return actorsById;
    }

    @Override
    public List<Actor> actors() {
        return List.copyOf(actorsById().values());
    }

    @Override
    public ActorResolver resolver() {
        // as the DuckDB engine and the native reader of the same input resolve names
        return countries ? ActorResolver.coveringCountries(actorsById().values())
                : new ActorResolver(actorsById().values());
    }

    /**
     * Reads what a Parquet file export wrote beside its rows (the first file of several): whether its actors are
     * tied to countries, and every actor; a Parquet file from elsewhere has neither, and is taken as tied to
     * countries (as DuckDB's engine takes it) with its actors scanned from the rows.
     */
    private void readMetadata(String[] files) {
        countries = true;
        if (files.length == 0) {
            return;
        }
        org.apache.hadoop.fs.Path first = new org.apache.hadoop.fs.Path(files[0]);
        try (org.apache.parquet.hadoop.ParquetFileReader reader = org.apache.parquet.hadoop.ParquetFileReader.open(
                org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(first,
                        spark.sparkContext().hadoopConfiguration()))) {
            Map<String, String> metadata = reader.getFooter().getFileMetaData().getKeyValueMetaData();
            countries = !"false".equals(metadata.get(DuckInput.COUNTRIES_KEY));
            String actors = metadata.get(DuckInput.ACTORS_KEY);
            if (actors != null && files.length == 1) {
                metadataActors = DuckInput.actors(name, actors);
            }
        } catch (java.io.IOException e) {
            throw new DataException(files[0], "cannot read its Parquet footer: " + e.getMessage());
        }
    }

    @Override
    public Optional<Event> event(String id) {
        Iterator<Row> rows = stream(spark.table(VIEW).where(functions.col("id").equalTo(functions.lit(id))).limit(1));
        return rows.hasNext() ? Optional.of(event(rows.next())) : Optional.empty();
    }

    @Override
    public List<String> eventIds() {
        return List.of(); // too many to search on a cluster's data
    }

    @Override
    public Iterable<Event> query(Query query) {
        String text = acled == null ? sql.apply(query) : SqlCompiler.reselect(sql.apply(query), Dialect.SPARK,
                acled.select());
        Predicate<Event> matcher = query.matcher();
        int limit = query.limit();
        // SQL the compiler made exact (its LIMIT included) over an ACLED view: a row the native predicate refuses
        // would mean the view disagrees with the native mapping, an error rather than a shorter answer
        boolean exact = acled != null && text.startsWith("SELECT " + acled.select()) && !Plan.of(query).recheck();
        return () -> new Iterator<>() {
            private final Iterator<Row> rows = rows(text);
            private Event next;
            private int given;

            @Override
            public boolean hasNext() {
                while (next == null && (limit == 0 || given < limit) && advance()) {
                    Event event = event(rows.next());
                    if (matcher.test(event)) {
                        next = event;
                    } else if (exact) {
                        throw new DataException(name, "event '" + event.id() + "': the spark engine selected it, "
                                + "the native engine would not; expected the same: use --engine native");
                    }
                }
                return next != null;
            }

            private boolean advance() {
                try {
                    return rows.hasNext();
                } catch (Exception e) {
                    throw failed(e);
                }
            }

            @Override
            public Event next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Event event = next;
                next = null;
                given++;
                return event;
            }
        };
    }

    /**
     * The events the SQL {@code text} over {@value #VIEW} selects, in its order, as they stream back: no predicate
     * or limit of a query added (what the compiler's SQL alone gives; tests compare it with the native answer).
     */
    public Iterable<Event> select(String text) {
        return () -> {
            Iterator<Row> rows = rows(text);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    try {
                        return rows.hasNext();
                    } catch (Exception e) {
                        throw failed(e);
                    }
                }

                @Override
                public Event next() {
                    return event(rows.next());
                }
            };
        };
    }

    @Override
    public void forEachStored(Consumer<Event> action) {
        Iterator<Row> rows = stream(spark.table(VIEW));
        while (hasNext(rows)) {
            action.accept(event(rows.next()));
        }
    }

    private boolean hasNext(Iterator<Row> rows) {
        try {
            return rows.hasNext();
        } catch (Exception e) {
            throw failed(e);
        }
    }

    private Iterator<Row> rows(String text) {
        try {
            return stream(spark.sql(text));
        } catch (Exception e) {
            throw failed(e);
        }
    }

    private Iterator<Row> stream(org.apache.spark.sql.Dataset<Row> df) {
        try {
            return df.toLocalIterator();
        } catch (Exception e) {
            throw failed(e);
        }
    }

    /** A failure of Spark while it reads or runs, as one line naming the input. */
    private RuntimeException failed(Exception e) {
        if (e instanceof DataException || e instanceof QueryException) {
            return (RuntimeException) e;
        }
        if (e instanceof AnalysisException analysis) {
            return reading(analysis);
        }
        Throwable root = e;
        boolean malformed = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            malformed |= t instanceof SparkThrowable spark && spark.getCondition() != null
                    && spark.getCondition().startsWith("MALFORMED_RECORD");
            root = t;
        }
        if (malformed) {
            return new DataException(name, "a line is not a JSON event object (" + SparkSessions.firstLine(root)
                    + "); expected one event object per line in the export shape (--engine native names the line)");
        }
        return new DataException(name, "Spark failed: " + SparkSessions.firstLine(root));
    }

    /** The store's session, where {@value #VIEW} is registered. */
    public SparkSession session() {
        return spark;
    }

    /** Ends the session when the store started it. */
    @Override
    public void close() {
        if (owned) {
            spark.stop();
        }
    }
}
