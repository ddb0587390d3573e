package dev.timeline.cli;

import dev.timeline.format.OutputFormat;
import picocli.CommandLine.Command;

/** {@code timeline list}: the events a query selects, in date order, as a table by default. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        header = "List events in date order (a table by default).",
        description = {"Dates are EDTF: 2022-10 is known to the month, 2023-03-30~ is approximate, 2023-02? uncertain, "
                    + "2021/.. open-ended."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  timeline list --from 2023-03-01 --to 2023-03-31 --actor Israel",
            "  timeline list --around mp-fazil-mustafa-shot --window 3d",
            "  timeline list --actor Iran --role initiator --in 2023-Q2 --format markdown"})
final class ListCommand extends EventsCommand {

    @Override
    String configKey() {
        return "format";
    }

    @Override
    OutputFormat defaultFormat() {
        return OutputFormat.TABLE;
    }
}
