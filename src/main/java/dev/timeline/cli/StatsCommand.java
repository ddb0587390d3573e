package dev.timeline.cli;

import dev.timeline.format.ReportFormat;
import dev.timeline.format.StatsReport;
import dev.timeline.model.Event;
import dev.timeline.model.Names;
import dev.timeline.query.Stats;
import dev.timeline.query.Timeline;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code timeline stats}: counts per time bucket, type, actor or quad class; the escalation curve with --quad. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Count events per month, quarter, year, type, actor or quad class.",
        description = {"Count events per month, quarter, year, type, actor or CAMEO quad class.",
            "Time buckets: an event counts in the bucket of its earliest day if its date is known at least that "
                    + "precisely; coarser dates and open starts are left out and counted below the table. Buckets "
                    + "between the first and the last are shown, with zeros. Per actor, an event counts once for "
                    + "each actor it involves.",
            "--quad splits each bucket into verbal/material cooperation/conflict and sums the Goldstein "
                    + "intensity of its events (negative: conflict), drawn as a diverging bar."},
        footerHeading = "%nExamples:%n",
        footer = {"  timeline stats --by month --quad --in 2022-10/2023-04",
            "  timeline stats --by actor --type threat --format json"})
final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    TimelineCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    FilterOptions filters;

    @Mixin
    ReportOptions report;

    @Option(names = "--by", paramLabel = "BUCKET", defaultValue = "month", order = 1,
            completionCandidates = Converters.Buckets.class,
            description = {"month, quarter, year, type, actor or quad (default: ${DEFAULT-VALUE}).",
                "Example: --by quarter"})
    Stats.By by;

    @Option(names = "--quad", order = 2,
            description = {"Per bucket, counts per quad class and the summed Goldstein intensity.",
                "Example: --by quarter --quad"})
    boolean quad;

    static final class ByConverter implements ITypeConverter<Stats.By> {
        @Override
        public Stats.By convert(String text) {
            try {
                return Stats.By.valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                List<String> ids = Arrays.stream(Stats.By.values()).map(Stats.By::id).toList();
                throw new TypeConversionException("unknown bucket '" + text + "'"
                        + Names.didYouMean(text, ids) + "; expected one of: "
                        + String.join(", ", ids));
            }
        }
    }

    @Override
    public Integer call() {
        Timeline timeline = Timeline.of(root.dataset());
        List<Event> events = timeline.query(filters.select(root.resolving(timeline)).query());
        Stats.Result result = Stats.count(events, by, timeline.dataset().actorsById());
        var context = report.context(root, spec, timeline.dataset());
        report.write(root, spec, out -> new StatsReport(result, by, quad).write(report.format, context, out));
        if (result.leftOut() > 0 && report.format != ReportFormat.TABLE) {
            spec.commandLine().getErr().println("timeline: stats: left out " + result.leftOut()
                    + (result.leftOut() == 1 ? " event" : " events") + " dated less precisely than a " + by.id()
                    + " or with an open start");
        }
        return ExitCode.OK;
    }
}
