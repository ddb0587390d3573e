package dev.timeline.cli;

import dev.timeline.dataset.DatasetFile;
import dev.timeline.dataset.EventChanges;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code timeline rm FILE EVENT...}: remove events. */
@Command(name = "rm", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Remove events from a dataset file.",
        description = {"Remove each EVENT (an id, or a prefix only one event's id has) from the dataset FILE. Only "
                + "their lines of the file go; the write is atomic, under the file's lock. If any EVENT matches no "
                + "event or several, nothing is removed."},
        footerHeading = "%nExamples:%n",
        footer = {"  timeline rm mine.json 2023-04-13-baku-wants-good-ties", "  timeline rm mine.json 2023-04 --dry-run"})
final class RmCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = {"The dataset file.", "Example: mine.json"})
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "EVENT", description = {"An event's id, or a prefix "
            + "only it has.", "Example: 2023-04-13-baku"})
    List<String> events;

    @Mixin
    WriteOptions write;

    @Override
    public Integer call() {
        DatasetFile.Outcome outcome = DatasetFile.change(file, d -> EventChanges.remove(d, events), write.dryRun);
        write.report(spec, file, outcome, "removed " + events.size() + " event(s) from " + file + " ("
                + outcome.dataset().events().size() + " left)");
        return ExitCode.OK;
    }
}
