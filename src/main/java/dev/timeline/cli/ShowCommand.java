package dev.timeline.cli;

import dev.timeline.dates.Window;
import dev.timeline.format.EventCard;
import dev.timeline.model.Event;
import dev.timeline.model.Names;
import dev.timeline.model.Participation;
import dev.timeline.query.DateCondition;
import dev.timeline.query.Match;
import dev.timeline.query.Query;
import dev.timeline.query.Timeline;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;
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
        Event event = find(timeline, id);
        report.write(spec, out -> new EventCard(report.context(root, spec, timeline.dataset()))
                .write(event, related(timeline, event), report.format, out));
        return ExitCode.OK;
    }

    /** The event with id {@code typed}, or the only one whose id starts with it; else a usage error. */
    static Event find(Timeline timeline, String typed) {
        String wanted = typed.strip();
        List<Event> events = timeline.events();
        for (Event e : events) {
            if (e.id().equals(wanted)) {
                return e;
            }
        }
        List<String> prefixed = events.stream().map(Event::id).filter(i -> i.startsWith(wanted)).sorted().toList();
        if (prefixed.size() == 1) {
            return timeline.dataset().event(prefixed.get(0)).orElseThrow();
        }
        if (prefixed.size() > 1) {
            throw TimelineException.usage("'" + typed + "' is ambiguous: it starts " + prefixed.size() + " event ids ("
                    + prefixed.stream().limit(6).map(i -> "'" + i + "'").collect(Collectors.joining(", "))
                    + (prefixed.size() > 6 ? ", …" : "") + "); type more of the id");
        }
        List<String> near = Names.closest(typed, events.stream().map(Event::id).toList(), 3);
        throw TimelineException.usage("unknown event '" + typed + "'" + (near.isEmpty()
                ? "; 'timeline list --format csv' shows the ids"
                : " (did you mean " + near.stream().map(i -> "'" + i + "'").collect(Collectors.joining(" or "))
                        + "?)"));
    }

    /** Events sharing an actor with {@code event} whose span comes within 14 days of its span, in date order. */
    static List<Event> related(Timeline timeline, Event event) {
        Set<String> actors = event.actors().stream().map(Participation::actorId).collect(Collectors.toSet());
        LocalDateRange span = event.date().span();
        LocalDateRange near = Window.parse(RELATED_DAYS + "d").around(span);
        Query query = Query.builder().date(new DateCondition(near, Match.OVERLAPS)).actors(actors).build();
        return timeline.query(query).stream().filter(e -> !e.id().equals(event.id())).toList();
    }
}
