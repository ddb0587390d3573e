package dev.timeline.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --color}: whether terminal output may use ANSI colours. One mixin, so every command decides alike. */
final class ColorOption {

    enum ColorMode {
        auto, always, never
    }

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", order = 52,
            description = {"Colour in text for the terminal (tables, the chart's text view): auto (when stdout is "
                    + "a terminal and NO_COLOR is unset), always or never (default: ${DEFAULT-VALUE}, or the config "
                    + "file's color).", "Example: --color=never"})
    ColorMode mode;

    /**
     * Whether to colour: an explicit --color decides; else NO_COLOR (never), else the config's color, else auto:
     * when writing to stdout and it is a terminal.
     */
    boolean enabled(TimelineCommand root, CommandSpec spec, boolean toStdout) {
        return root.color(mode, spec.commandLine().getParseResult().hasMatchedOption("--color"), toStdout);
    }
}
