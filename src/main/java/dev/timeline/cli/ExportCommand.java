package dev.timeline.cli;

import dev.timeline.format.OutputFormat;
import picocli.CommandLine.Command;

/** {@code timeline export}: the events a query selects, as data for other tools, to stdout or a file. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Export events as data (CSV by default), to stdout or atomically to a file.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  timeline export --format csv --actor Azerbaijan -o az.csv",
            "  timeline export --format ics --in 2023 -o tensions-2023.ics",
            "  timeline export --format timelinejs -o timeline.json"})
final class ExportCommand extends EventsCommand {

    @Override
    OutputFormat defaultFormat() {
        return OutputFormat.CSV;
    }
}
