package dev.timeline.cli;

import dev.timeline.dataset.DatasetFile;
import dev.timeline.dataset.Slugs;
import dev.timeline.model.Dataset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code timeline init FILE}: a new, empty dataset file. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Start a new, empty dataset file.",
        description = {"Write a new dataset with no actors and no events, which 'validate' accepts. Never "
                + "overwrites a file. Then add actors and events with 'actors add' and 'add'."},
        footerHeading = "%nExamples:%n",
        footer = {"  timeline init mine.json --title 'Caucasus tensions, 2023'",
            "  timeline init mine.json --id caucasus-2023 --description 'From articles I read.' --dry-run"})
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = {"The dataset file to create.", "Example: mine.json"})
    Path file;

    @Option(names = "--id", paramLabel = "ID", order = 1,
            description = {"The dataset's id (default: from the file name).", "Example: --id caucasus-2023"})
    String id;

    @Option(names = "--title", paramLabel = "TEXT", order = 2,
            description = {"Its title (default: the file name).", "Example: --title 'Caucasus tensions, 2023'"})
    String title;

    @Option(names = "--description", paramLabel = "TEXT", order = 3,
            description = {"A sentence or two about it.", "Example: --description 'From articles I read.'"})
    String description;

    @Option(names = "--dataset-version", paramLabel = "VERSION", order = 4,
            description = {"The dataset's own version, if it has one.", "Example: --dataset-version 1.0.0"})
    String version;

    @Mixin
    WriteOptions write;

    @Override
    public Integer call() {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String datasetId = id != null ? id.strip() : Slugs.of(stem);
        if (!Slugs.isValidId(datasetId)) {
            throw TimelineException.usage("invalid value for option '--id': '" + (id == null ? datasetId : id)
                    + "'; expected a slug without blanks, e.g. caucasus-2023");
        }
        String heading = title != null ? title.strip() : stem;
        if (heading.isEmpty()) {
            throw TimelineException.usage("invalid value for option '--title': it is empty; expected a title");
        }
        Dataset empty = new Dataset(datasetId, version == null ? null : version.strip(), heading, description == null ? null : description.strip(),
                List.of(), List.of());
        DatasetFile.Outcome outcome = DatasetFile.create(file, empty, write.dryRun);
        write.report(spec, file, outcome, "created " + file + " (0 actors, 0 events)");
        return ExitCode.OK;
    }
}
