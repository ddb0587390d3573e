package dev.timeline.cli;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.input.IndexPrefetch;
import dev.timeline.input.InputFormat;
import dev.timeline.input.Inputs;
import dev.timeline.io.Progress;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.query.EventStore;
import dev.timeline.query.Query;
import dev.timeline.query.Timeline;
import dev.timeline.text.TerminalText;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
            "  TIMELINE_DATA      dataset file to read when --data is not given",
            "  TIMELINE_CONFIG    config file to read instead of the default location",
            "  XDG_CACHE_HOME     where indexes of big files are kept (default: ~/.cache), under timeline/",
            "  XDG_CONFIG_HOME    base of the config file location (default: ~/.config)",
            "  COLUMNS            table width (default: the terminal's, else 100)",
            "  NO_COLOR           when set, no colour (unless --color=always)",
            "  SOURCE_DATE_EPOCH  fixed creation time (seconds) for the ics DTSTAMP",
            "",
            "Files:",
            "  $XDG_CONFIG_HOME/timeline/config.properties",
            "                     defaults for data, format, export.format, color",
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
    Path data;

    /** The first line of {@code --data}'s help, naming every input format in the words it gives itself. */
    static String dataHelp() {
        return "Data file to read (default: $TIMELINE_DATA, else the config file's data, else the bundled dataset): "
                + InputFormat.helpList() + ", told apart by content.";
    }

    @Option(names = "--skip-bad", scope = ScopeType.INHERIT, order = 92,
            description = {"Leave malformed records of a big file out (reported on stderr) instead of failing.",
                "Example: --data export.csv --skip-bad"})
    boolean skipBad;

    @Option(names = "--no-cache", scope = ScopeType.INHERIT, order = 93,
            description = {"Do not use or keep the index of a big file (under $XDG_CACHE_HOME/timeline).",
                "Example: --data events.jsonl --no-cache"})
    boolean noCache;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, order = 91,
            description = {"Show stack traces with errors (for bug reports).", "Example: timeline --verbose list "
                    + "--data broken.json"})
    boolean verbose;

    @Option(names = "--engine", paramLabel = "ENGINE", scope = ScopeType.INHERIT, order = 94,
            description = {"Query engine: native (default), or spark (Spark on the class path: $SPARK_HOME, or "
                    + "spark-submit, where it is the default).", "Example: --engine spark --master local[2]"})
    String engine;

    @Option(names = "--master", paramLabel = "URL", scope = ScopeType.INHERIT, order = 95,
            description = {"Spark master of --engine spark (default: spark-submit's, else local[*]).",
                "Example: --master spark://host:7077"})
    String master;

    private final Map<String, String> env;
    private final IndexPrefetch prefetch;
    private EventStore store;
    private Dataset dataset;
    private Config config;

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
            store = SparkInput.open(rawData(), master);
        }
        if (store == null) {
            Path path = dataPath();
            store = path == null ? Timeline.of(DatasetReader.read(DatasetReader.bundled(), DatasetReader.BUNDLED_NAME))
                    : Inputs.open(path, inputOptions().withActorDays(days));
        }
        return store;
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

    /** The dataset file chosen by --data, TIMELINE_DATA or the config file, or null for the bundled dataset. */
    Path dataPath() {
        Config.Entry entry = dataSetting();
        return entry.value() == null ? null : Path.of(entry.value());
    }

    /**
     * Whether this run uses Spark: {@code --engine spark}, or no --engine under spark-submit (which sets
     * {@code spark.master} in the driver). Here, not in {@link SparkInput}, so that other runs do not load it.
     */
    private boolean sparkChosen() {
        if (engine == null) {
            return System.getProperty("spark.master") != null;
        }
        return switch (engine) {
            case "spark" -> true;
            case "native" -> false;
            default -> throw TimelineException.usage("--engine is '" + engine + "'; expected native or spark");
        };
    }

    /** The data path as typed (a Path would make {@code s3a://b/k} {@code s3a:/b/k}), or null for the bundled. */
    String rawData() {
        if (data != null) {
            List<String> args = spec.commandLine().getParseResult().originalArgs();
            for (int i = args.size() - 1; i >= 0; i--) {
                if (args.get(i).startsWith("--data=")) {
                    return args.get(i).substring("--data=".length());
                }
                if (args.get(i).equals("--data") && i + 1 < args.size()) {
                    return args.get(i + 1);
                }
            }
        }
        return dataSetting().value();
    }

    /** The data setting and where it came from: option &gt; environment &gt; config &gt; built-in. */
    Config.Entry dataSetting() {
        if (data != null) {
            return new Config.Entry(data.toString(), "option --data");
        }
        String fromEnv = env.get("TIMELINE_DATA");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Config.Entry(fromEnv, "environment TIMELINE_DATA");
        }
        return config().get("data").orElse(new Config.Entry(null, "built-in (the bundled dataset)"));
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
            mode = config().get("color").map(e -> ColorOption.ColorMode.valueOf(e.value().toLowerCase(
                    Locale.ROOT))).orElse(ColorOption.ColorMode.auto);
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
