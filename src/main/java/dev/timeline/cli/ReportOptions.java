package dev.timeline.cli;

import dev.timeline.format.FormatContext;
import dev.timeline.format.ReportFormat;
import dev.timeline.model.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Output options of commands whose output is a report (stats, actors, show, validate): table, CSV or JSON. */
final class ReportOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", order = 50, description = {"Output format: table, csv or json (default: ${DEFAULT-VALUE}).",
                "Example: --format json"})
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = Converters.OutputPathConverter.class, order = 51,
            description = {"Write to FILE instead of stdout ('-' is stdout), atomically.", "Example: -o report.json"})
    Path output;

    @picocli.CommandLine.Mixin
    ColorOption color;

    /** A format context for {@code dataset} honouring these options. */
    FormatContext context(TimelineCommand root, CommandSpec spec, Dataset dataset) {
        boolean toStdout = Output.isStdout(output);
        boolean colour = color.enabled(root, spec, toStdout);
        return FormatContext.of(dataset).withWidth(root.width(toStdout)).withColor(colour)
                .withNotices(notice -> spec.commandLine().getErr().println("timeline: " + notice))
                .withDatasetColumn(root.severalDatasets());
    }

    /** Something that writes a report. */
    interface Body {
        void write(Writer out) throws IOException;
    }

    /** Writes {@code body} to -o FILE (atomically) or stdout (escaped on a terminal for csv and json). */
    void write(TimelineCommand root, CommandSpec spec, Body body) {
        PrintWriter out = Output.forPerson(spec.commandLine().getOut(), output, root.stdoutIsTerminal(),
                format == ReportFormat.TABLE);
        Output.write(output, out, (events, w) -> body.write(w), List.of());
    }
}
