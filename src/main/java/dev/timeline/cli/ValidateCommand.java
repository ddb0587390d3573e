package dev.timeline.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.format.ReportFormat;
import dev.timeline.format.ValidationReport;
import dev.timeline.input.InputFormat;
import dev.timeline.io.DataException;
import dev.timeline.io.Json;
import dev.timeline.io.Problem;
import dev.timeline.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code timeline validate [FILE]...}: check datasets without running a query. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Check dataset files; print every problem as FILE:LINE:COLUMN: message.",
        description = {"Check dataset files and print every problem as FILE:LINE:COLUMN: message. Errors make a "
                + "file unusable (exit 1); warnings flag what loads but looks wrong: events with no source, actors "
                + "in no event, an event dated after its only source was published (exit 0 when only warnings).",
            "Without FILE it checks the dataset in use (--data, TIMELINE_DATA or the bundled one)."},
        footerHeading = "%nExamples:%n", footer = {"  timeline validate my.json", "  timeline validate "
                + "--format json a.json b.json"})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    TimelineCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = {"Dataset files to check.", "Example: timeline validate my.json other.json"})
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = {"table (one line per problem, default) or json (for tooling).", "Example: --format json"})
    ReportFormat format;

    @Override
    public Integer call() throws IOException {
        List<String> names = new ArrayList<>();
        List<DatasetReader.Report> reports = new ArrayList<>();
        if (files.isEmpty()) {
            Path path = root.dataPath("validate");
            names.add(path == null ? DatasetReader.BUNDLED_NAME : path.toString());
            reports.add(path == null ? validateBundled() : validate(path));
        }
        for (Path file : files) {
            names.add(file.toString());
            reports.add(validate(file));
        }
        PrintWriter out = spec.commandLine().getOut();
        int errors = 0;
        int warnings = 0;
        for (DatasetReader.Report report : reports) {
            for (Problem p : report.problems()) {
                if (p.severity() == Problem.Severity.ERROR) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        if (format == ReportFormat.JSON) {
            List<ValidationReport.Checked> checked = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                checked.add(new ValidationReport.Checked(names.get(i), reports.get(i).valid(),
                        reports.get(i).problems()));
            }
            ValidationReport.json(checked, out);
        } else {
            reports.forEach(r -> r.problems().forEach(p -> out.println(TerminalText.line(p.toString()))));
            out.flush();
            spec.commandLine().getErr().println("timeline: checked " + names.size()
                    + (names.size() == 1 ? " file: " : " files: ") + errors + (errors == 1 ? " error, " : " errors, ")
                    + warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        return reports.stream().allMatch(DatasetReader.Report::valid) ? ExitCode.OK : ExitCode.DATA;
    }

    /** The report on the dataset shipped inside the jar. */
    private static DatasetReader.Report validateBundled() {
        try {
            return DatasetReader.validate(DatasetReader.bundled(), DatasetReader.BUNDLED_NAME);
        } catch (DataException e) { // the jar lacks it
            return new DatasetReader.Report(null, e.problems());
        }
    }

    /** A dataset file's report; a big input (JSON Lines, ACLED, GDELT) is not one, and the report says what to run. */
    private static DatasetReader.Report validate(Path file) {
        InputFormat format = InputFormat.of(file).orElse(InputFormat.DATASET_JSON);
        if (format == InputFormat.DATASET_JSON) {
            return DatasetReader.validate(file);
        }
        return new DatasetReader.Report(null, List.of(new Problem(file.toString(), 0, 0, "not a dataset file but "
                + format.description() + "; validate checks dataset JSON. Read it as it is with --data, or "
                + "convert it with 'timeline import " + file + " -o FILE.json' and validate that")));
    }
}
