package dev.timeline.cli;

import dev.timeline.format.FormatContext;
import dev.timeline.format.OutputFormat;
import dev.timeline.model.Event;
import dev.timeline.query.EventStore;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParseResult;
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

    /** The format when --format is not given. */
    abstract OutputFormat defaultFormat();

    @Override
    public Integer call() {
        dev.timeline.store.Trace.mark("command");
        EventStore store = root.store(filters.dayHint());
        dev.timeline.store.Trace.mark("opened");
        FilterOptions.Selection selection = filters.select(store);
        dev.timeline.store.Trace.mark("selected");
        Iterable<Event> events = store.query(selection.query());
        dev.timeline.store.Trace.mark("candidates");
        OutputFormat format = output.format == null ? defaultFormat() : output.format;
        PrintWriter err = spec.commandLine().getErr();
        FormatContext context = FormatContext.of(store.dataset())
                .withActors(store.actorsById())
                .withWidth(root.width(output.toStdout()))
                .withColor(color())
                .withEscapeFormulas(output.escapeFormulas)
                .withPivot(selection.pivotId())
                .withQuery(typedQuery())
                .withTimestamp(root.sourceDateEpoch())
                .withNotices(notice -> err.println("timeline: " + notice));
        Output.write(output.output, spec.commandLine().getOut(), format.formatter(context), events);
        return ExitCode.OK;
    }

    private boolean color() {
        return switch (output.color) {
            case always -> true;
            case never -> false;
            case auto -> output.toStdout() && root.stdoutIsTerminal() && root.env("NO_COLOR") == null;
        };
    }

    /** The filter options as typed, for headings: "timeline list --actor Iran --in 2023-Q1". */
    private String typedQuery() {
        ParseResult parsed = spec.commandLine().getParseResult();
        Set<OptionSpec> filterOptions = Set.copyOf(spec.mixins().get("filters").options());
        List<String> words = new ArrayList<>(List.of("timeline", spec.name()));
        for (OptionSpec option : parsed.matchedOptions()) {
            if (!filterOptions.contains(option)) {
                continue;
            }
            if (option.arity().max() == 0) {
                words.add(option.longestName());
                continue;
            }
            for (String value : option.stringValues()) {
                words.add(option.longestName());
                words.add(value.isEmpty() || value.chars().anyMatch(c -> c == ' ' || c == '\'')
                        ? "'" + value.replace("'", "'\\''") + "'" : value);
            }
        }
        return words.size() == 2 ? "" : String.join(" ", words);
    }
}
