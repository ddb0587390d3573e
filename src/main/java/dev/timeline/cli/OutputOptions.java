package dev.timeline.cli;

import dev.timeline.format.OutputFormat;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where and how selected events are written; shared by every command that writes events. */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class, order = 50,
            description = {"Output format: table, csv, tsv, json, jsonl, markdown, ics (iCalendar) or timelinejs "
                    + "(TimelineJS3 JSON). Default: table for list, csv for export.", "Example: --format ics -o "
                    + "events.ics"})
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", order = 51,
            description = {"Write to FILE instead of stdout ('-' is stdout). A regular file is replaced atomically: "
                    + "a failed write leaves the old one intact.", "Example: -o az.csv"})
    Path output;

    @Mixin
    ColorOption color;

    @Option(names = "--escape-formulas", negatable = true, defaultValue = "true", fallbackValue = "true", order = 53,
            description = {"In csv and tsv, prefix cells that start with = + - @ tab or CR with ' so spreadsheets "
                    + "show them instead of running them (default). --no-escape-formulas writes the raw text.",
                "Example: --no-escape-formulas"})
    boolean escapeFormulas;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String text) {
            return Converters.coded(OutputFormat.class, "format", text);
        }
    }

    /** True when output goes to stdout rather than a file. */
    boolean toStdout() {
        return output == null || output.toString().equals("-");
    }
}
