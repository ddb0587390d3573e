package dev.timeline.cli;

import dev.timeline.format.FormatContext;
import dev.timeline.format.OutputFormat;
import dev.timeline.model.Event;
import dev.timeline.query.Timeline;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code timeline list}: the events a query selects, in date order, as a table by default. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List events in date order.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  timeline list --from 2023-03-01 --to 2023-03-31 --actor Israel",
            "  timeline list --actor Iran --format csv"})
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    TimelineCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", order = 50,
            description = "Output format: table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        Timeline timeline = Timeline.of(root.dataset());
        FilterOptions.Selection selection = filters.select(timeline);
        List<Event> events = timeline.query(selection.query());
        FormatContext context = new FormatContext(timeline.dataset(), root.width(), true, selection.pivotId());
        Output.write(null, spec.commandLine().getOut(), format.formatter(context), events);
        return ExitCode.OK;
    }
}
