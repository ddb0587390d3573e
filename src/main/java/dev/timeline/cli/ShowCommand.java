package dev.timeline.cli;

import dev.timeline.dates.Window;
import dev.timeline.format.EventCard;
import dev.timeline.model.Event;
import dev.timeline.query.Corroboration;
import dev.timeline.query.EventLookup;
import dev.timeline.query.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code timeline show ID}: one event in full. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Show one event in full, with its sources and related events.",
        description = {"Show one event in full: every field, the date and its precision in words, each source, "
                + "and related events (sharing an actor, within 14 days of its span).",
            "When several datasets are read, the records of the others that corroborate it (see list "
                + "--corroborate)."},
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

    @Option(names = "--tolerance", paramLabel = "DAYS", order = 40,
            converter = CorroborationOptions.ToleranceConverter.class,
            description = {"With several datasets: how many days apart a corroborating day-precise record may be, "
                    + "0d to 31d (default: 1d).", "Example: --tolerance 2d"})
    Integer tolerance;

    @Override
    public Integer call() {
        Timeline timeline = Timeline.of(root.dataset());
        Event event = EventLookup.byIdOrPrefix(timeline, id);
        List<Event> related = EventLookup.related(timeline, event, RELATED_DAYS);
        EventCard.Corroborating corroborating = corroborating(timeline, event,
                CorroborationOptions.keys(timeline, root.actorLinks()));
        report.write(root, spec, out -> new EventCard(report.context(root, spec, timeline.dataset()))
                .write(event, related, corroborating, report.format, out));
        return ExitCode.OK;
    }

    /**
     * The records of other datasets that corroborate {@code event}, their actors keyed by {@code keys}; null when
     * one dataset is read.
     */
    EventCard.Corroborating corroborating(Timeline timeline, Event event, Function<Event, Set<String>> keys) {
        int days = tolerance == null ? Corroboration.DEFAULT_TOLERANCE_DAYS : tolerance;
        if (CorroborationOptions.datasets(timeline.events()) < 2) {
            return null;
        }
        // only records near the event can corroborate it: no need to key every actor of a big file
        long from = event.date().earliest().toEpochDay() - Corroboration.LONGEST_SPAN_DAYS - days;
        long to = event.date().latest().toEpochDay() + Corroboration.LONGEST_SPAN_DAYS + days;
        List<Event> near = new ArrayList<>();
        for (Event e : timeline.events()) {
            if (Corroboration.pinsDown(e) && e.date().latest().toEpochDay() >= from
                    && e.date().earliest().toEpochDay() <= to) {
                near.add(e);
            }
        }
        return new EventCard.Corroborating(Corroboration.of(near, keys, days).partners(event), days);
    }
}
