package dev.timeline.cli;

import dev.timeline.format.OutputFormat;
import picocli.CommandLine.Command;

/** {@code timeline export}: the events a query selects, as data for other tools, to stdout or a file. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Export events as data (csv, json, ics, timelinejs, dataset...) to stdout or a file.",
        description = "The same filters as list; CSV by default. With -o the file is replaced atomically.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  timeline export --format csv --actor Azerbaijan -o az.csv",
            "  timeline export --format ics --in 2023 -o tensions-2023.ics",
            "  timeline export --format timelinejs -o timeline.json",
            "  timeline export --format geojson --in 2023 -o events.geojson"})
final class ExportCommand extends EventsCommand {

    @Override
    String configKey() {
        return "export.format";
    }

    @Override
    OutputFormat defaultFormat() {
        return OutputFormat.CSV;
    }
}
