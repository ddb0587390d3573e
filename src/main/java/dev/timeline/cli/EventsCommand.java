package dev.timeline.cli;

import dev.timeline.format.CorroborationFormats;
import dev.timeline.format.FormatContext;
import dev.timeline.format.Formatter;
import dev.timeline.format.OutputFormat;
import dev.timeline.model.Coded;
import dev.timeline.model.Event;
import dev.timeline.query.Corroboration;
import dev.timeline.query.EventStore;
import dev.timeline.query.Selector;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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

    @Mixin
    CorroborationOptions corroboration;

    /** The format when --format is not given and the config sets none. */
    abstract OutputFormat defaultFormat();

    /** The config key holding this command's default format. */
    abstract String configKey();

    @Override
    public Integer call() {
        int tolerance = corroboration.toleranceDays(corroboration.corroborate);
        // plain code, no lambdas, on this path: on JDK 17 each lambda costs its linking in every short run
        OutputFormat format = output.format;
        if (format == null) {
            Optional<Config.Entry> configured = root.config().get(configKey());
            format = configured.isPresent() ? Coded.lookup(OutputFormat.class, configured.get().value())
                    .orElse(defaultFormat()) : defaultFormat();
        }
        if (corroboration.corroborate && !CorroborationFormats.SUPPORTED.contains(format)) {
            throw TimelineException.usage("--corroborate shows groups in " + CorroborationFormats.supported()
                    + ", not in --format " + format);
        }
        dev.timeline.io.Trace trace = root.trace();
        EventStore store = root.store(filters.dayHint());
        trace.mark("data read");
        Selector.Selection selection = filters.select(store);
        Iterable<Event> queried = store.query(selection.query());
        PrintWriter err = spec.commandLine().getErr();
        FormatContext context = FormatContext.of(store.dataset())
                .withActors(store.actorsById())
                .withWidth(root.width(output.toStdout()))
                .withColor(output.color.enabled(root, spec, output.toStdout()))
                .withEscapeFormulas(output.escapeFormulas)
                .withPivot(selection.pivotId())
                .withQuery(FilterOptions.typed(spec))
                .withTimestamp(root.sourceDateEpoch())
                .withNotices(new Consumer<String>() {
                    @Override
                    public void accept(String notice) {
                        err.println("timeline: " + notice);
                    }
                })
                .withDatasetColumn(root.severalDatasets());
        Formatter formatter;
        Iterable<Event> events = queried;
        if (corroboration.corroborate) {
            // grouping needs every selected record at hand: the sweep looks both ways along the dates
            List<Event> selected = new ArrayList<>();
            queried.forEach(selected::add);
            if (!selected.isEmpty() && CorroborationOptions.datasets(selected) < 2) {
                err.println("timeline: " + CorroborationOptions.ONE_DATASET);
            }
            formatter = CorroborationFormats.formatter(format, context,
                    Corroboration.of(selected, CorroborationOptions.keys(store, root.actorLinks()), tolerance),
                    root.severalDatasets() ? store.datasetNames() : List.of());
            events = selected;
        } else {
            formatter = format.formatter(context);
        }
        boolean[] any = {false};
        Iterable<Event> chosen = events;
        Iterable<Event> counted = new Iterable<>() {
            @Override
            public Iterator<Event> iterator() {
                Iterator<Event> it = chosen.iterator();
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
            }
        };
        if (format == OutputFormat.PARQUET) {
            ParquetOutput.write(output.output, context, counted, store.resolver().coversCountries());
        } else {
            PrintWriter out = Output.forPerson(spec.commandLine().getOut(), output.output, root.stdoutIsTerminal(),
                    format.sanitisesItself());
            trace.mark("query compiled, formatter made");
            Output.write(output.output, out, output.formatter(format, formatter, root), counted);
            trace.mark("selected and formatted");
        }
        if (!any[0]) {
            filters.unmatched(store).forEach(notice -> err.println("timeline: " + notice));
        }
        return ExitCode.OK;
    }
}
