package dev.timeline.cli;

import dev.timeline.model.Dataset;
import dev.timeline.store.DatasetReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level {@code timeline} command: global options, and the subcommands. */
@Command(name = "timeline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Query and export a curated event timeline.",
            "Without --data it reads the bundled dataset: Azerbaijani-Iranian tensions in the South Caucasus, "
                    + "1991-2023 (Eurasia Daily Monitor, vol. 20, issue 63)."},
        subcommands = {ListCommand.class, ExportCommand.class, picocli.CommandLine.HelpCommand.class},
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  TIMELINE_DATA   dataset file to read when --data is not given",
            "  COLUMNS         width of the table output (default: 100)",
            "",
            "Exit codes: 0 success (also when nothing matches), 1 data or I/O failure, 2 usage error.",
            "Examples:",
            "  timeline list --from 2023-03-01 --to 2023-03-31 --actor Israel",
            "  timeline export --format csv --actor Azerbaijan -o az.csv"})
public final class TimelineCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "PATH", scope = ScopeType.INHERIT, order = 90,
            description = "Dataset file to read (default: $TIMELINE_DATA, else the bundled dataset).")
    Path data;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, order = 91,
            description = "Show stack traces with errors.")
    boolean verbose;

    private final Map<String, String> env;
    private Dataset dataset;

    TimelineCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The dataset chosen by --data, TIMELINE_DATA or the bundled default; read once. */
    Dataset dataset() {
        if (dataset == null) {
            Path path = data;
            if (path == null) {
                String fromEnv = env.get("TIMELINE_DATA");
                if (fromEnv != null && !fromEnv.isBlank()) {
                    path = Path.of(fromEnv);
                }
            }
            dataset = path == null ? DatasetReader.readBundled() : DatasetReader.read(path);
        }
        return dataset;
    }

    /** Columns available to a table: COLUMNS when it is a positive number, else 100. */
    int width() {
        try {
            int columns = Integer.parseInt(env.getOrDefault("COLUMNS", "").trim());
            return columns > 0 ? columns : 100;
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    /** Whether {@code --verbose} appears among {@code args} (also usable before parsing succeeded). */
    static boolean verbose(String[] args) {
        return args != null && Arrays.asList(args).contains("--verbose");
    }
}
