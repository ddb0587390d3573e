package dev.timeline.cli;

import dev.timeline.format.FormatContext;
import dev.timeline.format.OutputFormat;
import dev.timeline.model.Event;
import dev.timeline.query.ActorResolver;
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
@Command(name = "export", mixinStandardHelpOptions = true,
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = {"Write to FILE instead of stdout ('-' is stdout). The file is replaced atomically: "
                    + "a failed export leaves the old one intact."})
    Path output;

    @Override
    public Integer call() {
        Timeline timeline = Timeline.of(root.dataset());
        List<Event> events = timeline.query(filters.query(new ActorResolver(timeline.dataset().actors())));
        FormatContext context = new FormatContext(timeline.dataset(), root.width(), true);
        Output.write(output, spec.commandLine().getOut(), format.output.formatter(context), events);
        return ExitCode.OK;
    }
}
