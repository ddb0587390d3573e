package dev.timeline.cli;

import dev.timeline.format.FormatContext;
import dev.timeline.format.OutputFormat;
import dev.timeline.model.Coded;
import dev.timeline.model.Event;
import dev.timeline.query.EventStore;
import dev.timeline.query.Selector;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What {@code list} and {@code export} share: select events with the filters, write them in a format. */
abstract class EventsCommand implements Callable<Integer> {

    @ParentCommand
    TimelineCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    FilterOptions filters;

    @Mixin
    OutputOptions output;

    /** The format when --format is not given and the config sets none. */
    abstract OutputFormat defaultFormat();

    /** The config key holding this command's default format. */
    abstract String configKey();

    @Override
    public Integer call() {
        EventStore store = root.store(filters.dayHint());
        Selector.Selection selection = filters.select(store);
        Iterable<Event> events = store.query(selection.query());
        OutputFormat format = output.format != null ? output.format : root.config().get(configKey())
                .flatMap(e -> Coded.lookup(OutputFormat.class, e.value())).orElse(defaultFormat());
        PrintWriter err = spec.commandLine().getErr();
        FormatContext context = FormatContext.of(store.dataset())
                .withActors(store.actorsById())
                .withWidth(root.width(output.toStdout()))
                .withColor(output.color.enabled(root, spec, output.toStdout()))
                .withEscapeFormulas(output.escapeFormulas)
                .withPivot(selection.pivotId())
                .withQuery(FilterOptions.typed(spec))
                .withTimestamp(root.sourceDateEpoch())
                .withNotices(notice -> err.println("timeline: " + notice))
                .withDatasetColumn(root.severalDatasets());
        boolean[] any = {false};
        Iterable<Event> counted = () -> {
            Iterator<Event> it = events.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Event next() {
                    any[0] = true;
                    return it.next();
                }
            };
        };
        PrintWriter out = Output.forPerson(spec.commandLine().getOut(), output.output, root.stdoutIsTerminal(),
                format.sanitisesItself());
        Output.write(output.output, out, output.formatter(format, context, root), counted);
        if (!any[0]) {
            filters.unmatched(store).forEach(notice -> err.println("timeline: " + notice));
        }
        return ExitCode.OK;
    }
}
