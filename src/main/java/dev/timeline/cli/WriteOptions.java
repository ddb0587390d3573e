package dev.timeline.cli;

import dev.timeline.dataset.DatasetFile;
import dev.timeline.io.Problem;
import dev.timeline.model.Dataset;
import dev.timeline.text.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** What every command that writes a dataset file shares: {@code --dry-run}, and how it reports what it did. */
final class WriteOptions {

    @Option(names = "--dry-run", order = 90,
            description = {"Print the change as a unified diff of the file and write nothing.",
                "Example: --dry-run"})
    boolean dryRun;

    /**
     * Applies {@code change} to the dataset file {@code file} (or shows it, in a dry run) and reports it, {@code done}
     * saying what was done; the command's exit code.
     */
    int change(CommandSpec spec, Path file, UnaryOperator<Dataset> change, String done) {
        report(spec, file, DatasetFile.change(file, change, dryRun), done);
        return ExitCode.OK;
    }

    /**
     * Reports {@code outcome}: in a dry run its diff on stdout; else {@code done} (what was done, for a person) on
     * stderr, followed by what {@code validate} now warns about that it did not before.
     */
    void report(CommandSpec spec, Path file, DatasetFile.Outcome outcome, String done) {
        PrintWriter err = spec.commandLine().getErr();
        if (dryRun) {
            PrintWriter out = spec.commandLine().getOut();
            outcome.diff().lines().forEach(line -> out.println(TerminalText.line(line)));
            if (!outcome.changed()) {
                err.println("timeline: " + file + ": nothing would change");
            }
        } else {
            err.println("timeline: " + TerminalText.line(outcome.changed() ? done : file + ": nothing changed"));
        }
        for (Problem p : outcome.warnings()) {
            err.println(TerminalText.line(p.toString()));
        }
    }
}
