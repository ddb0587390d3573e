package dev.timeline.cli;

import dev.timeline.format.BinaryFormatter;
import dev.timeline.format.FormatContext;
import dev.timeline.format.Formatter;
import dev.timeline.format.OutputFormat;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where and how selected events are written; shared by every command that writes events. */
final class OutputOptions {

    /** Its description is built from {@link OutputFormat} by {@link #describeFormats}, so it lists every format. */
    @Option(names = "--format", paramLabel = "FORMAT", order = 50)
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", converter = Converters.OutputPathConverter.class, order = 51,
            description = {"Write to FILE instead of stdout ('-' or /dev/stdout is stdout). A regular file is replaced atomically: "
                    + "a failed write leaves the old one intact.", "Example: -o az.csv"})
    Path output;

    @Option(names = "--bom", order = 52,
            description = {"Start csv and tsv with a UTF-8 byte order mark, so that Excel and LibreOffice read "
                    + "accents and dashes right when the file is opened.", "Example: --format csv --bom -o events.csv"})
    boolean bom;

    @Mixin
    ColorOption color;

    @Option(names = "--escape-formulas", negatable = true, defaultValue = "true", fallbackValue = "true", order = 53,
            description = {"In csv and tsv, prefix cells that start with = + - @ tab or CR with ' so spreadsheets "
                    + "show them instead of running them (default). --no-escape-formulas writes the raw text.",
                "Example: --no-escape-formulas"})
    boolean escapeFormulas;

    /** The help of {@code --format}: every {@link OutputFormat}, from the enum. */
    static String[] formatHelp() {
        return new String[] {"Output format: " + OutputFormat.described() + ". Default: table for list, csv for "
                + "export.", "Example: --format ics -o events.ics"};
    }

    /**
     * Gives every {@code --format} option of type {@link OutputFormat} in {@code cmd} and its subcommands the help
     * {@link #formatHelp()} builds (an annotation can hold only constants).
     */
    static void describeFormats(CommandLine cmd) {
        CommandSpec spec = cmd.getCommandSpec();
        for (OptionSpec option : List.copyOf(spec.options())) {
            if (option.type() == OutputFormat.class && option.description().length == 0) {
                spec.remove(option);
                spec.addOption(option.toBuilder().description(formatHelp()).build());
            }
        }
        for (CommandLine sub : cmd.getSubcommands().values()) {
            describeFormats(sub);
        }
    }

    /**
     * The formatter for {@code format} as these options ask: with a byte order mark first for --bom. A binary
     * format (xlsx) is refused on a terminal.
     */
    Formatter formatter(OutputFormat format, FormatContext context, TimelineCommand root) {
        return formatter(format, format.formatter(context), root);
    }

    /** {@code formatter}, made for {@code format} (e.g. showing corroboration), as these options ask. */
    Formatter formatter(OutputFormat format, Formatter formatter, TimelineCommand root) {
        if (formatter instanceof BinaryFormatter && toStdout() && root.stdoutIsTerminal()) {
            throw TimelineException.usage("--format " + format + " is a binary file; write it with -o FILE."
                    + format + " (or redirect standard output)");
        }
        if (!bom) {
            return formatter;
        }
        if (format != OutputFormat.CSV && format != OutputFormat.TSV) {
            throw TimelineException.usage("--bom applies to csv and tsv, not to --format " + format);
        }
        return (events, out) -> {
            out.write('\uFEFF');
            formatter.write(events, out);
        };
    }

    /** True when output goes to stdout rather than a file. */
    boolean toStdout() {
        return Output.isStdout(output);
    }
}
