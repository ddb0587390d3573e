package dev.timeline.cli;

import dev.timeline.format.FormatContext;
import dev.timeline.format.OutputFormat;
import dev.timeline.model.Event;
import dev.timeline.query.Timeline;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code timeline export}: the events a query selects, as data for other tools, to stdout or a file. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Export events as CSV (RFC 4180) or JSON, to stdout or atomically to a file.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  timeline export --format csv --actor Azerbaijan -o az.csv",
            "  timeline export --format json --from 2023 > 2023.json"})
final class ExportCommand implements Callable<Integer> {

    enum Format {
        csv(OutputFormat.CSV), json(OutputFormat.JSON);

        final OutputFormat output;

        Format(OutputFormat output) {
            this.output = output;
        }
    }

    @ParentCommand
    TimelineCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", order = 50,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", order = 51,
            description = {"Write to FILE instead of stdout ('-' is stdout). The file is replaced atomically: "
                    + "a failed export leaves the old one intact."})
    Path output;

    @Override
    public Integer call() {
        Timeline timeline = Timeline.of(root.dataset());
        FilterOptions.Selection selection = filters.select(timeline);
        List<Event> events = timeline.query(selection.query());
        FormatContext context = new FormatContext(timeline.dataset(), root.width(), true, selection.pivotId());
        Output.write(output, spec.commandLine().getOut(), format.output.formatter(context), events);
        return ExitCode.OK;
    }
}
