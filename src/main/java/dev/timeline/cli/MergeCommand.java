package dev.timeline.cli;

import dev.timeline.dataset.DatasetFile;
import dev.timeline.dataset.DatasetMerge;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.text.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code timeline merge A.json B.json... -o OUT.json}: one dataset from several curated ones. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Merge curated dataset files into one.",
        description = {"Merge the dataset files into OUT, the first file's header kept and the others merged into "
                + "it in order. Actors that are the same entity (same id; or a shared name or alias with no "
                + "contradicting kind or country) become one, their aliases united; the same id naming another "
                + "entity stops the merge unless --map FROM=TO resolves it.",
            "Events that record the same incident (overlapping date spans, a shared actor, and titles or "
                + "summaries whose character-trigram Dice similarity is at least 0.5) become one event with the "
                + "actors, sources and tags of both; the later one's differing title, summary, date, place or "
                + "count is kept in the note. Nothing is dropped. OUT may be the first input (merge a colleague's "
                + "file into yours); any other existing OUT is refused."},
        footerHeading = "%nExamples:%n",
        footer = {"  timeline merge mine.json colleague.json -o merged.json",
            "  timeline merge mine.json colleague.json -o mine.json --map iran=iran-state --dry-run"})
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "FILE", description = {"The dataset files, at least two.",
        "Example: mine.json colleague.json"})
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, order = 1,
            description = {"The merged file: new, or the first input.", "Example: -o merged.json"})
    Path output;

    @Option(names = "--map", paramLabel = "FROM=TO", order = 2, description = {"In the later files, actor id FROM "
            + "becomes TO (TO=FROM: the same entity). Repeatable.", "Example: --map iran=iran-state"})
    List<String> map = new ArrayList<>();

    @Mixin
    WriteOptions write;

    @Override
    public Integer call() {
        Map<String, String> ids = DatasetMerge.parseMap(map);
        List<DatasetMerge.Input> inputs = new ArrayList<>();
        for (Path file : files) {
            inputs.add(new DatasetMerge.Input(file.toString(), DatasetReader.read(file)));
        }
        boolean intoFirst = Files.exists(output) && sameFile(output, files.get(0));
        DatasetMerge.Result[] result = new DatasetMerge.Result[1];
        DatasetFile.Outcome outcome;
        if (intoFirst) {
            outcome = DatasetFile.change(output, current -> {
                List<DatasetMerge.Input> now = new ArrayList<>(inputs);
                now.set(0, new DatasetMerge.Input(files.get(0).toString(), current));
                result[0] = DatasetMerge.merge(now, ids);
                return result[0].dataset();
            }, write.dryRun);
        } else {
            if (Files.exists(output)) {
                throw TimelineException.data(output + ": already exists; merge writes a new file or into the first "
                        + "input", null);
            }
            result[0] = DatasetMerge.merge(inputs, ids);
            outcome = DatasetFile.create(output, result[0].dataset(), write.dryRun);
        }
        PrintWriter err = spec.commandLine().getErr();
        result[0].report().forEach(line -> err.println("timeline: " + TerminalText.line(line)));
        write.report(spec, output, outcome, "merged " + files.size() + " files into " + output + " ("
                + count(outcome.dataset().actors().size(), "actor") + ", "
                + count(outcome.dataset().events().size(), "event") + ")");
        return ExitCode.OK;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
