package dev.timeline.cli;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.engine.Engine;
import dev.timeline.engine.Engines;
import dev.timeline.input.IndexPrefetch;
import dev.timeline.input.InputFormat;
import dev.timeline.input.Inputs;
import dev.timeline.io.Progress;
import dev.timeline.model.Dataset;
import dev.timeline.query.EventStore;
import dev.timeline.query.ActorLinks;
import dev.timeline.query.Timeline;
import dev.timeline.query.UnionStore;
import dev.timeline.text.TerminalText;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code timeline} command: global options, and the subcommands. */
@Command(name = "timeline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Query and export a curated event timeline.",
            "Without --data it reads the bundled dataset: Azerbaijani-Iranian tensions in the South Caucasus, "
                    + "1991-2023 (Eurasia Daily Monitor, vol. 20, issue 63)."},
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  TIMELINE_DATA      data file(s) to read when --data is not given; several",
            "                     separated by ':' (';' on Windows) as in PATH; a value naming",
            "                     an existing file is that one file, ':' and all",
            "  TIMELINE_CONFIG    config file to read instead of the default location",
            "  XDG_CACHE_HOME     where indexes of big files are kept (default: ~/.cache), under timeline/",
            "  XDG_CONFIG_HOME    base of the config file location (default: ~/.config)",
            "  COLUMNS            table width (default: the terminal's, else 100)",
            "  NO_COLOR           when set, no colour (unless --color=always)",
            "  SOURCE_DATE_EPOCH  fixed creation time (seconds) for the ics DTSTAMP",
            "",
            "Files:",
            "  $XDG_CONFIG_HOME/timeline/config.properties",
            "                     defaults for data, actor-map, format, export.format, color",
            "                     ('timeline config' shows the effective settings)",
            "  .NAME.lock         beside a file being written (add, -o): held, then removed",
            "",
            "Exit codes: 0 success (also when nothing matches), 1 data or I/O failure,",
            "2 usage error.",
            "",
            "Examples:",
            "  timeline list --from 2023-03-01 --to 2023-03-31 --actor Israel",
            "  timeline export --format csv --actor Azerbaijan -o az.csv",
            "  timeline chart -o caucasus.html"})
public final class TimelineCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** The help of {@code --data} before its example; the formats describe themselves ({@link #dataHelp}). */
    @Option(names = "--data", paramLabel = "PATH", scope = ScopeType.INHERIT, order = 90,
            description = {"Data file to read.", "Example: --data acled-2023.csv"})
    List<Path> data = new ArrayList<>();

    /** The first line of {@code --data}'s help, naming every input format in the words it gives itself. */
    static String dataHelp() {
        return "Data file to read (default: $TIMELINE_DATA, else the config file's data, else the bundled dataset): "
                + InputFormat.helpList() + ", told apart by content. May be given more than once: one timeline "
                + "over all the files, each event keeping its dataset (filter with --dataset); a path is never "
                + "split, whatever characters it holds.";
    }

    @Option(names = "--actor-map", paramLabel = "FILE", scope = ScopeType.INHERIT, order = 94,
            description = {"Actor crosswalk linking the actors of several --data files (CSV or JSON rows of "
                    + "dataset, name or pattern, actor id), used by --actor, --with and --role in every dataset; "
                    + "read when --data is given more than once (default: the config file's actor-map).",
                "Example: --data caucasus.json --data acled.csv --actor-map actors.csv"})
    Path actorMap;

    @Option(names = "--skip-bad", scope = ScopeType.INHERIT, order = 92,
            description = {"Leave malformed records of a big file out (reported on stderr) instead of failing.",
                "Example: --data export.csv --skip-bad"})
    boolean skipBad;

    @Option(names = "--no-cache", scope = ScopeType.INHERIT, order = 93,
            description = {"Do not use or keep the index of a big file (under $XDG_CACHE_HOME/timeline).",
                "Example: --data events.jsonl --no-cache"})
    boolean noCache;

    @Option(names = "--engine", paramLabel = "ENGINE", scope = ScopeType.INHERIT, order = 94,
            description = {"Engine that runs the query: native, duckdb (embedded, in process: Parquet files and globs, "
                    + "JSON Lines, ACLED CSV) or spark (Spark on the class path: $SPARK_HOME, or spark-submit, where it is the "
                    + "default; see --master). Default: duckdb for Parquet, else native.",
                "Example: --engine duckdb --data 'lake/*.parquet'"})
    Engine engine;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, order = 91,
            description = {"Show stack traces with errors (for bug reports).", "Example: timeline --verbose list "
                    + "--data broken.json"})
    boolean verbose;

    @Option(names = "--master", paramLabel = "URL", scope = ScopeType.INHERIT, order = 95,
            description = {"Spark master of --engine spark (default: spark-submit's, else local[*]).",
                "Example: --master spark://host:7077"})
    String master;

    private final Map<String, String> env;
    private final IndexPrefetch prefetch;
    private EventStore store;
    private Dataset dataset;
    private Config config;
    private ActorLinks links;

    TimelineCommand(Map<String, String> env, IndexPrefetch prefetch) {
        this.env = env;
        this.prefetch = prefetch;
    }

    /** Without a command: a short overview of the common commands (the full list is --help). */
    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.print("""
                timeline: query and export a curated event timeline (bundled: Azerbaijani-Iranian tensions in the
                South Caucasus, 1991-2023; your own with --data FILE).

                Common commands:
                  timeline list --in 2023-Q1                   events in a period, as a table
                  timeline list --actor Iran --role initiator  what an actor did
                  timeline show embassy-attack-tehran          one event in full, with sources
                  timeline stats --by month --quad             the escalation curve
                  timeline export --format csv -o events.csv   data for a spreadsheet (or json, ics, timelinejs)
                  timeline init mine.json                      start your own (then actors add, add, edit, rm, merge)

                All commands and options: timeline --help    One command: timeline help COMMAND
                """);
        out.flush();
    }

    /**
     * The events chosen by --data, TIMELINE_DATA, the config file or the bundled default; opened once. A big file
     * indexes its actors first for {@code days} (null: all), the days the query asks about.
     */
    EventStore store(LocalDateRange days) {
        if (store == null && sparkChosen()) {
            List<String> raw = rawData();
            List<EventStore> opened = SparkInput.open(raw, master);
            store = opened.size() == 1 ? opened.get(0)
                    : union(opened, raw.stream().map(SparkInput::fileName).toList());
        }
        if (store == null) {
            List<Path> paths = dataPaths();
            if (paths.size() > 1) {
                store = union(paths, days);
            } else if (paths.isEmpty()) {
                Engines.checkBundled(engine);
                store = Timeline.of(DatasetReader.bundledDataset());
            } else {
                Path path = paths.get(0);
                store = Engines.open(path, engine, () -> Inputs.open(path, inputOptions().withActorDays(days)));
            }
        }
        return store;
    }

    /** Opens every file of {@code paths} and reads them as one timeline, their actors linked by the crosswalk. */
    private EventStore union(List<Path> paths, LocalDateRange days) {
        List<EventStore> opened = new ArrayList<>();
        List<String> files = new ArrayList<>();
        try {
            for (Path path : paths) {
                opened.add(Engines.open(path, engine, () -> Inputs.open(path, inputOptions().withActorDays(days))));
                files.add(path.getFileName() == null || path.toString().equals(Inputs.STDIN) ? "stdin"
                        : path.getFileName().toString());
            }
        } catch (RuntimeException e) {
            closeAll(opened, e);
            throw e;
        }
        return union(opened, files);
    }

    /**
     * The stores {@code opened}, read from the files named {@code files}, as one timeline, their actors linked by
     * the crosswalk; on failure every store is closed.
     */
    private EventStore union(List<EventStore> opened, List<String> files) {
        try {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < opened.size(); i++) {
                names.add(UnionStore.nameOf(opened.get(i), files.get(i)));
            }
            List<String> unique = UnionStore.uniqueNames(names);
            List<UnionStore.Member> members = new ArrayList<>();
            for (int i = 0; i < opened.size(); i++) {
                members.add(new UnionStore.Member(unique.get(i), opened.get(i)));
            }
            PrintWriter err = spec.commandLine().getErr();
            return UnionStore.of(members, actorLinks(), notice -> err.println("timeline: " + TerminalText.line(
                    notice)));
        } catch (RuntimeException e) {
            closeAll(opened, e);
            throw e;
        }
    }

    /** Closes {@code stores} after {@code failure}, which keeps what closing them threw. */
    private static void closeAll(List<EventStore> stores, RuntimeException failure) {
        for (EventStore store : stores) {
            try {
                store.close();
            } catch (IOException | RuntimeException closing) {
                failure.addSuppressed(closing);
            }
        }
    }

    /**
     * The crosswalk of --actor-map or the config's actor-map, read once, when several datasets are read (one
     * dataset has nothing to link); none links by the country rule alone.
     */
    ActorLinks actorLinks() {
        if (links == null) {
            Optional<Config.Entry> configured = config().get("actor-map");
            Path file = actorMap != null ? actorMap
                    : configured.isPresent() ? Path.of(configured.get().value()) : null;
            links = file == null || !severalDatasets() ? ActorLinks.NONE : ActorLinks.read(file);
        }
        return links;
    }

    /** Whether this run reads more than one dataset as one timeline. */
    boolean severalDatasets() {
        return dataPaths().size() > 1;
    }

    /**
     * The store names are resolved against for a command that runs its query over {@code whole}, the dataset in
     * memory: {@code whole} itself, unless several datasets are read, whose union resolves names in each of them.
     */
    EventStore resolving(EventStore whole) {
        return severalDatasets() ? store(null) : whole;
    }

    /**
     * The whole dataset, for commands that need every event and actor at hand (show, actors, stats, chart,
     * completion). A big file is read through its index into memory for them.
     */
    Dataset dataset() {
        if (dataset == null) {
            dataset = store(null).whole();
        }
        return dataset;
    }

    /** How big inputs are opened: --skip-bad, --no-cache, the cache folder, a progress bar on a terminal. */
    Inputs.Options inputOptions() {
        PrintWriter err = spec.commandLine().getErr();
        return new Inputs.Options(skipBad, !noCache, env,
                ProgressBar.stderrIsTerminal() ? new ProgressBar(err) : Progress.NONE,
                warning -> err.println("timeline: " + TerminalText.line(warning)), true, null,
                prefetch).withTrace(StderrTrace.of(env, err));
    }

    /** The run's phases on stderr when {@code TIMELINE_TRACE} is set ({@link StderrTrace}); else nothing. */
    dev.timeline.io.Trace trace() {
        return StderrTrace.of(env, spec.commandLine().getErr());
    }

    /** Ends the run: a big file's index still being written to the cache is finished first. */
    void close() {
        if (store != null) {
            try {
                store.close();
            } catch (IOException e) {
                // the answer was given; a cache that could not be written is rebuilt next time
            }
        }
    }

    /**
     * The one dataset file chosen by --data, TIMELINE_DATA or the config file, or null for the bundled dataset, for
     * commands that read or change one dataset; several are a usage error.
     */
    Path dataPath(String command) {
        List<Path> paths = dataPaths();
        if (paths.size() > 1) {
            throw TimelineException.usage("'" + command + "' reads one dataset, and " + dataSetting().source()
                    + " gives " + paths.size() + "; give one --data");
        }
        return paths.isEmpty() ? null : paths.get(0);
    }

    /** The data files chosen by --data, TIMELINE_DATA or the config file; empty for the bundled dataset. */
    List<Path> dataPaths() {
        List<Path> paths = new ArrayList<>(); // loops, not lambdas, on the paths every run takes (JDK 17 links each)
        for (String path : dataSetting().paths()) {
            paths.add(Path.of(path));
        }
        return List.copyOf(paths);
    }

    /**
     * The data setting and where it came from: option &gt; environment &gt; config &gt; built-in.
     *
     * @param paths  the files, in the order given; empty for the bundled dataset
     * @param source where they came from, for people
     */
    record DataSetting(List<String> paths, String source) {
    }

    /**
     * Whether this run uses Spark: {@code --engine spark}, or no --engine under spark-submit (which sets
     * {@code spark.master} in the driver). Here, not in {@link SparkInput}, so that other runs do not load it.
     */
    private boolean sparkChosen() {
        return engine == null ? System.getProperty("spark.master") != null : engine == Engine.SPARK;
    }

    /**
     * The data paths as typed (a Path would make {@code s3a://b/k} {@code s3a:/b/k}), in order; empty for the
     * bundled. Each is one input of Spark (a glob or a folder may hold many files); several are read as a union.
     */
    List<String> rawData() {
        return dataSetting().paths();
    }

    /** The data setting and where it came from: option &gt; environment &gt; config &gt; built-in. */
    DataSetting dataSetting() {
        List<String> given = dataOptions();
        if (!given.isEmpty()) {
            return new DataSetting(given, "option --data");
        }
        String fromEnv = env.get("TIMELINE_DATA");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataSetting(pathList(fromEnv), "environment TIMELINE_DATA");
        }
        Optional<Config.Entry> configured = config().get("data");
        return configured.isPresent() ? new DataSetting(pathList(configured.get().value()), configured.get().source())
                : new DataSetting(List.of(), "built-in (the bundled dataset)");
    }

    /**
     * Every --data given, in order, before and after the subcommand's name: an inherited option is a copy in each
     * command, and the subcommand's would start its list afresh.
     */
    private List<String> dataOptions() {
        ParseResult parsed = spec == null ? null : spec.commandLine().getParseResult();
        if (parsed == null) {
            return data.stream().map(Path::toString).toList();
        }
        List<String> given = new ArrayList<>();
        for (ParseResult command = parsed; command != null; command = command.subcommand()) {
            if (command.hasMatchedOption("--data")) {
                given.addAll(command.matchedOption("--data").stringValues());
            }
        }
        return given;
    }

    /**
     * The paths of a list as TIMELINE_DATA and the config's data give them: separated by the platform's path
     * separator (':', ';' on Windows), as PATH is, blanks around each ignored; a value that names an existing file
     * is that one file, separator and all.
     */
    static List<String> pathList(String value) {
        String whole = value.strip();
        try {
            if (Files.exists(Path.of(whole))) {
                return List.of(whole);
            }
        } catch (InvalidPathException e) {
            // not one path: split it
        }
        return Arrays.stream(whole.split(Pattern.quote(File.pathSeparator))).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    /** The user's config file, read once. */
    Config config() {
        if (config == null) {
            config = Config.load(env);
        }
        return config;
    }

    /**
     * Whether a table may use colour: an explicit --color wins; then NO_COLOR (never); then the config's color;
     * then auto, which means writing to a terminal.
     */
    boolean color(ColorOption.ColorMode option, boolean explicit, boolean toStdout) {
        ColorOption.ColorMode mode = option;
        if (!explicit) {
            if (env.get("NO_COLOR") != null && !env.get("NO_COLOR").isEmpty()) {
                return false;
            }
            Optional<Config.Entry> configured = config().get("color");
            mode = configured.isPresent() ? ColorOption.ColorMode.valueOf(configured.get().value().toLowerCase(
                    Locale.ROOT)) : ColorOption.ColorMode.auto;
        }
        return switch (mode) {
            case always -> true;
            case never -> false;
            case auto -> toStdout && stdoutIsTerminal();
        };
    }

    /** An environment variable, or null. */
    String env(String name) {
        return env.get(name);
    }

    /**
     * Columns available to a table: COLUMNS when it is a positive number, else the terminal's width when writing
     * to a terminal, else 100.
     */
    int width(boolean toStdout) {
        try {
            int columns = Integer.parseInt(env.getOrDefault("COLUMNS", "").trim());
            if (columns > 0) {
                return columns;
            }
        } catch (NumberFormatException e) {
            // not set or not a number: ask the terminal
        }
        if (toStdout && stdoutIsTerminal()) {
            int columns = Terminal.columns();
            if (columns > 0) {
                return columns;
            }
        }
        return 100;
    }

    /** Whether standard output is an interactive terminal (Java 17: a console exists only for one). */
    boolean stdoutIsTerminal() {
        return System.console() != null;
    }

    /** SOURCE_DATE_EPOCH (seconds), the reproducible-builds convention for a fixed creation time; or null. */
    Instant sourceDateEpoch() {
        String value = env.get("SOURCE_DATE_EPOCH");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw TimelineException.usage("SOURCE_DATE_EPOCH is '" + value + "'; expected seconds since 1970-01-01 "
                    + "UTC, e.g. 1680307200");
        }
    }

    /** Whether {@code --verbose} appears among {@code args} (also usable before parsing succeeded). */
    static boolean verbose(String[] args) {
        return args != null && Arrays.asList(args).contains("--verbose");
    }
}
