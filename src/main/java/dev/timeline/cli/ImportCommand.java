package dev.timeline.cli;

import dev.timeline.dataset.DatasetWriter;
import dev.timeline.index.BigSource;
import dev.timeline.input.Inputs;
import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.query.EventStore;
import dev.timeline.dataset.DatasetWriter;
import dev.timeline.input.Inputs;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code timeline import}: any input timeline reads, converted to a native dataset JSON file. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Convert a data file (JSON Lines, ACLED CSV, GDELT export or dataset JSON) to a dataset "
                + "JSON file, written atomically.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  timeline import acled-2023.csv -o acled-2023.json",
            "  timeline import --skip-bad events.jsonl -o events.json"})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    TimelineCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = {"The file to convert (its format is detected).",
        "Example: timeline import acled-2023.csv -o acled.json"})
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = Converters.OutputPathConverter.class, required = true, order = 1,
            description = {"Where to write the dataset JSON (replaced atomically; - is stdout).", "Example: -o acled.json"})
    Path output;

    @Override
    public Integer call() {
        EventStore store = Inputs.open(input, root.inputOptions());
        Dataset header = store.dataset();
        List<Actor> actors = store.actors();
        Output.write(output, spec.commandLine().getOut(),
                (ignored, out) -> DatasetWriter.write(header, actors, store::forEachStored, out), List.of());
        return ExitCode.OK;
    }
}
