package dev.timeline.cli;

import dev.timeline.dates.Window;
import dev.timeline.format.EventCard;
import dev.timeline.model.Event;
import dev.timeline.query.EventLookup;
import dev.timeline.query.Timeline;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code timeline show ID}: one event in full. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Show one event in full, with its sources and related events.",
        description = {"Show one event in full: every field, the date and its precision in words, each source, "
                + "and related events (sharing an actor, within 14 days of its span)."},
        footerHeading = "%nExamples:%n", footer = {"  timeline show embassy-attack-tehran",
            "  timeline show mp-  (a unique prefix is enough)", "  timeline show tel-aviv --format json"})
final class ShowCommand implements Callable<Integer> {

    /** How far apart related events may be. */
    static final int RELATED_DAYS = 14;

    @ParentCommand
    TimelineCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = {"The event's id, or a prefix that only it starts with.",
        "Example: timeline show embassy-attack"})
    String id;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() {
        Timeline timeline = Timeline.of(root.dataset());
        Event event = EventLookup.byIdOrPrefix(timeline, id);
        List<Event> related = EventLookup.related(timeline, event, RELATED_DAYS);
        report.write(root, spec, out -> new EventCard(report.context(root, spec, timeline.dataset()))
                .write(event, related, report.format, out));
        return ExitCode.OK;
    }
}
