package dev.timeline.cli;

import picocli.CommandLine.Option;

/** {@code --color}: whether terminal output may use ANSI colours. One mixin, so every command decides alike. */
final class ColorOption {

    enum ColorMode {
        auto, always, never
    }

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", order = 52,
            description = {"Colour in text for the terminal (tables, the chart's text view): auto (when stdout is "
                    + "a terminal and NO_COLOR is unset), always or never (default: ${DEFAULT-VALUE})."})
    ColorMode mode;

    /** Whether to colour: always, never, or (auto) when writing to stdout, it is a terminal and NO_COLOR is unset. */
    boolean enabled(TimelineCommand root, boolean toStdout) {
        return switch (mode) {
            case always -> true;
            case never -> false;
            case auto -> toStdout && root.stdoutIsTerminal() && root.env("NO_COLOR") == null;
        };
    }
}
