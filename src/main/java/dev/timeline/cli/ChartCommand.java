package dev.timeline.cli;

import dev.timeline.chart.ChartData;
import dev.timeline.chart.LaneMode;
import dev.timeline.chart.SvgLayout;
import dev.timeline.chart.SvgWriter;
import dev.timeline.chart.TerminalChart;
import dev.timeline.model.Event;
import dev.timeline.query.Timeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code timeline chart}: the selected events as a self-contained HTML or SVG chart, or as text in the terminal. */
@Command(name = "chart", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw the selected events on a time axis: one lane per actor (or type, or country), background "
                + "periods as bands, fuzzy dates drawn as fuzzy.",
            "-o FILE.html writes a page that opens offline in any browser; -o FILE.svg a standalone SVG; --terminal "
                    + "prints a text view."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  timeline chart -o caucasus.html",
            "  timeline chart --in 2023-Q1 --lanes type -o q1.svg",
            "  timeline chart --terminal --actor Israel"})
final class ChartCommand implements Callable<Integer> {

    @ParentCommand
    TimelineCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    FilterOptions filters;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = Converters.OutputPathConverter.class, order = 49,
            description = {"Write the chart to FILE, ending in .html (a page) or .svg (a standalone image); the file "
                    + "is replaced atomically.", "Example: -o caucasus.html"})
    Path output;

    @Option(names = "--terminal", order = 50,
            description = {"Print a text view instead: a time axis across the terminal (COLUMNS), a row per lane, "
                    + "a numbered legend below.", "Example: --terminal --in 2023"})
    boolean terminal;

    @Option(names = "--ascii", order = 51, description = {"With --terminal: plain ASCII instead of Unicode marks.", "Example: --terminal --ascii"})
    boolean ascii;

    @Option(names = "--lanes", paramLabel = "BY", defaultValue = "actor",
            order = 53, description = {"One lane per top-level actor (default; ministries, forces and people count "
                    + "for the state or organisation they are part of), per event type, or per country of the actors."
                    + " An event appears in the lane of each actor it involves. With --data given more than once, "
                    + "'dataset': one lane per dataset read.", "Example: --lanes type"})
    LaneMode lanes;

    @Option(names = "--max-lanes", paramLabel = "N", defaultValue = "12", order = 54,
            description = {"At most N lanes; the smallest beyond N-1 are gathered into one 'Other' lane "
                    + "(default: ${DEFAULT-VALUE}).", "Example: --max-lanes 6"})
    int maxLanes;

    @Option(names = "--width", paramLabel = "PX", order = 55,
            description = {"Width of the HTML/SVG chart in pixels (default: 1200).", "Example: --width 1600"})
    Integer width;

    @Option(names = "--height", paramLabel = "PX", order = 56,
            description = {"Height of the HTML/SVG chart in pixels (default: as tall as it needs). A smaller height "
                    + "gathers more events into density bins and may leave out the numbered key.", "Example: --height 600"})
    Integer height;

    @Option(names = "--no-map", order = 57,
            description = {"Leave out the map panel that the HTML/SVG chart shows under the time axis when some of the "
                    + "selected events have coordinates (drawn offline over bundled Natural Earth outlines).",
                "Example: --no-map"})
    boolean noMap;

    @Mixin
    ColorOption color;

    @Override
    public Integer call() {
        boolean html = checkOptions();
        Timeline timeline = Timeline.of(root.dataset());
        List<Event> events = timeline.query(filters.select(root.resolving(timeline)).query());
        ChartData data = ChartData.of(timeline.dataset(), events, lanes, maxLanes, FilterOptions.typed(spec));
        PrintWriter out = spec.commandLine().getOut();
        if (terminal) {
            new TerminalChart(data, root.width(true), ascii, color.enabled(root, spec, true)).write(out);
            out.flush();
            return ExitCode.OK;
        }
        SvgLayout layout;
        try {
            layout = SvgLayout.of(data, width == null ? 1200 : width, height, !noMap);
        } catch (IllegalArgumentException e) {
            throw TimelineException.usage(e.getMessage());
        }
        SvgWriter writer = new SvgWriter(layout, timeline.dataset());
        Output.write(output, out, (ignored, w) -> {
            if (html) {
                writer.writeHtml(w);
            } else {
                writer.writeSvg(w);
            }
        }, events);
        return ExitCode.OK;
    }

    /** Checks the combination of options; true when the file is HTML, false for SVG or the terminal. */
    private boolean checkOptions() {
        if (maxLanes < 1) {
            throw TimelineException.usage("invalid value for option '--max-lanes': " + maxLanes
                    + "; expected a whole number of 1 or more");
        }
        if (terminal) {
            if (output != null) {
                throw TimelineException.usage("--terminal prints to standard output; leave out -o (redirect with > "
                        + "to keep the text)");
            }
            if (width != null || height != null) {
                throw TimelineException.usage("--width and --height size the HTML/SVG chart; the terminal view "
                        + "fits COLUMNS or the terminal");
            }
            if (noMap) {
                throw TimelineException.usage("--no-map leaves the map out of the HTML/SVG chart; the terminal view "
                        + "has none");
            }
            return false;
        }
        if (ascii) {
            throw TimelineException.usage("--ascii needs --terminal");
        }
        if (output == null) {
            throw TimelineException.usage("chart needs -o FILE.html or -o FILE.svg, or --terminal for a text view");
        }
        if (width != null && (width < 320 || width > 20000)) {
            throw TimelineException.usage("invalid value for option '--width': " + width
                    + "; expected pixels from 320 to 20000");
        }
        if (height != null && (height < 100 || height > 100000)) {
            throw TimelineException.usage("invalid value for option '--height': " + height
                    + "; expected pixels from 100 to 100000");
        }
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html")) {
            return true;
        }
        if (name.endsWith(".svg")) {
            return false;
        }
        throw TimelineException.usage("cannot tell the chart format of '" + output + "': expected a file name "
                + "ending in .html or .svg");
    }
}
