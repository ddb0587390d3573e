package dev.timeline.cli;

import dev.timeline.format.DatasetStatsReport;
import dev.timeline.format.ReportFormat;
import dev.timeline.format.StatsReport;
import dev.timeline.model.Event;
import dev.timeline.model.Names;
import dev.timeline.query.Corroboration;
import dev.timeline.query.Stats;
import dev.timeline.query.Timeline;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
                    + "intensity of its events (negative: conflict), drawn as a diverging bar.",
            "--by-dataset splits each bucket by the dataset events come from (--data given more than once), with "
                    + "how many of them a record of another dataset corroborates (see list --corroborate)."},
        footerHeading = "%nExamples:%n",
        footer = {"  timeline stats --by month --quad --in 2022-10/2023-04",
            "  timeline stats --by actor --type threat --format json",
            "  timeline stats --data mine.json --data acled.csv --by month --by-dataset"})
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

    @Option(names = "--by-dataset", order = 3,
            description = {"Per bucket, counts per dataset and how many of them are corroborated by another "
                    + "dataset's records. Not with --quad.", "Example: --by month --by-dataset"})
    boolean byDataset;

    @Option(names = "--tolerance", paramLabel = "DAYS", order = 4,
            converter = CorroborationOptions.ToleranceConverter.class,
            description = {"With --by-dataset: how many days apart two day-precise records may be and still "
                    + "corroborate each other, 0d to 31d (default: 1d).", "Example: --by-dataset --tolerance 2d"})
    Integer tolerance;

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
        if (byDataset && quad) {
            throw TimelineException.usage("--by-dataset does not combine with --quad; give one of them");
        }
        if (tolerance != null && !byDataset) {
            throw TimelineException.usage("--tolerance applies with --by-dataset");
        }
        Timeline timeline = Timeline.of(root.dataset());
        List<Event> events = timeline.query(filters.select(root.resolving(timeline)).query());
        if (byDataset) {
            return byDataset(timeline, events, CorroborationOptions.keys(timeline, root.actorLinks()));
        }
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

    /** {@code --by-dataset}: per bucket and dataset, the events and how many are corroborated. */
    int byDataset(Timeline timeline, List<Event> events, Function<Event, Set<String>> keys) {
        Stats.DatasetResult result = byDatasetResult(timeline, events, keys);
        var context = report.context(root, spec, timeline.dataset());
        report.write(root, spec, out -> new DatasetStatsReport(result, by).write(report.format, context, out));
        if (result.leftOut() > 0 && report.format != ReportFormat.TABLE) {
            spec.commandLine().getErr().println("timeline: stats: left out " + result.leftOut()
                    + (result.leftOut() == 1 ? " event" : " events") + " dated less precisely than a " + by.id()
                    + " or with an open start");
        }
        if (!events.isEmpty() && CorroborationOptions.datasets(events) < 2) {
            spec.commandLine().getErr().println("timeline: --by-dataset: the events come from one dataset; records "
                    + "are corroborated only by another dataset's (give --data more than once)");
        }
        return ExitCode.OK;
    }

    /** The counts {@link #byDataset} writes; an event of a one-dataset run counts under the dataset's id. */
    Stats.DatasetResult byDatasetResult(Timeline timeline, List<Event> events, Function<Event, Set<String>> keys) {
        Corroboration corroboration = Corroboration.of(events, keys,
                tolerance == null ? Corroboration.DEFAULT_TOLERANCE_DAYS : tolerance);
        String own = timeline.dataset().id();
        return Stats.byDataset(events, by, timeline.dataset().actorsById(),
                e -> e.dataset() == null ? own : e.dataset(), corroboration::isCorroborated);
    }
}
