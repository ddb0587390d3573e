package dev.timeline.cli;

import dev.timeline.format.ActorReport;
import dev.timeline.format.FormatContext;
import dev.timeline.model.Actor;
import dev.timeline.model.Event;
import dev.timeline.query.ActorResolver;
import dev.timeline.query.Selector;
import dev.timeline.query.Timeline;
import dev.timeline.query.UnionStore;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code timeline actors}: who the actors are and how active; {@code actors show NAME}: one actor's card. */
@Command(name = "actors", mixinStandardHelpOptions = true, sortOptions = false,
        header = "List the actors and their activity; 'actors show NAME' for one.",
        description = {"List the actors: id, name, kind, country, aliases, what they are part of, and the number, "
                + "first and last of the events they take part in directly (of those the filters select)."},
        subcommands = {ActorsCommand.Show.class, ActorsEditing.Add.class, ActorsEditing.Edit.class,
            ActorsEditing.Rm.class, ActorsEditing.Merge.class},
        footerHeading = "%nExamples:%n",
        footer = {"  timeline actors", "  timeline actors --in 2023 --format json", "  timeline actors show IRGC"})
final class ActorsCommand implements Callable<Integer> {

    @ParentCommand
    TimelineCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    FilterOptions filters;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() {
        Timeline timeline = Timeline.of(root.dataset());
        List<Event> events = timeline.query(filters.select(root.resolving(timeline)).query());
        FormatContext context = report.context(root, spec, timeline.dataset());
        ActorReport actors = new ActorReport(context, root.store(null) instanceof UnionStore union
                ? union::knownAs : null);
        report.write(root, spec, out -> actors.write(actors.rows(events), report.format, out));
        return ExitCode.OK;
    }

    /** {@code timeline actors show NAME}. */
    @Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
            header = "Show one actor: its card, events and counterparts.",
            description = "Show one actor: who it is, its events in order, and its counterparts (actors it shares "
                    + "events with, with counts and the roles they played).",
            footerHeading = "%nExamples:%n", footer = {"  timeline actors show Tehran", "  timeline actors show "
                    + "amir-abdollahian --format json"})
    static final class Show implements Callable<Integer> {

        @ParentCommand
        ActorsCommand actors;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = {"Id, name or alias of the actor (any case).",
            "Example: timeline actors show IRGC"})
        String name;

        @Mixin
        ReportOptions report;

        @Override
        public Integer call() {
            TimelineCommand root = actors.root;
            if (name.isBlank()) {
                throw TimelineException.usage("the actor name is empty; expected an actor's id, name or alias, e.g. "
                        + "timeline actors show Iran");
            }
            Timeline timeline = Timeline.of(root.dataset());
            ActorResolver resolver = new ActorResolver(timeline.dataset().actors());
            Actor actor = resolver.find(name).orElseThrow(() -> Selector.unknownActor(resolver, "actors show",
                    name));
            FormatContext context = report.context(root, spec, timeline.dataset());
            ActorReport cards = new ActorReport(context);
            ActorReport.Row row = cards.rows(timeline.events()).stream()
                    .filter(r -> r.actor().id().equals(actor.id())).findFirst().orElseThrow();
            report.write(root, spec, out -> cards.writeCard(row, report.format, out));
            return ExitCode.OK;
        }
    }
}
