package dev.timeline.cli;

import dev.timeline.dataset.ChangeRefused;
import dev.timeline.dataset.DatasetFile;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.dataset.DraftReview;
import dev.timeline.dataset.ReviewAnswer;
import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.text.TerminalText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code timeline review DRAFT --into DATASET}: accept, edit or skip drafts one by one into a curated dataset. */
@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Review the drafts of 'extract' one by one into a dataset file.",
        description = {"Step through the drafts of DRAFT (written by 'timeline extract ... --format dataset') in date "
                + "order. Each is shown with its evidence, and you answer a (accept), e (edit it as JSON in $VISUAL "
                + "or $EDITOR, then accept), s (skip) or q (quit). An accepted draft is added to DATASET at once, as "
                + "'add' adds (atomically, under the file's lock, only its lines change), so quitting keeps what "
                + "you accepted. Actors DATASET lacks are created with it; the draft tag and the extractor's note "
                + "are dropped. A draft whose id is taken gets a fresh one (-2, -3...); one already in DATASET is "
                + "not added twice.",
            "Without a terminal the answers are read from stdin, one a line; --accept-all or --accept answer "
                + "without asking."},
        footerHeading = "%nExamples:%n",
        footer = {"  timeline extract article.txt --format dataset -o drafts.json",
            "  timeline review drafts.json --into mine.json",
            "  timeline review drafts.json --into mine.json --accept 2023-04-13-baku-wants-good-ties --dry-run"})
final class ReviewCommand implements Callable<Integer> {

    @ParentCommand
    TimelineCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DRAFT", description = {"The draft dataset 'extract --format dataset' "
            + "wrote.", "Example: drafts.json"})
    Path draftFile;

    @Option(names = "--into", paramLabel = "DATASET", required = true, order = 1, description = {"The dataset file "
            + "to add accepted drafts to (make one with 'timeline init').", "Example: --into mine.json"})
    Path into;

    @Option(names = "--accept-all", order = 2, description = {"Accept every draft, without asking.",
        "Example: --accept-all"})
    boolean acceptAll;

    @Option(names = "--accept", paramLabel = "ID", split = ",", arity = "1..*", order = 3, description = {"Accept "
            + "these drafts (their ids) and skip the others, without asking.", "Example: --accept a-id,b-id"})
    List<String> acceptIds = new ArrayList<>();

    @Mixin
    WriteOptions write;

    /** An accepted draft, kept so that a dry run can show them all as one diff. */
    private record Pending(Event event, boolean freshId) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private Dataset drafts;
    private DatasetFile.Outcome last;

    @Override
    public Integer call() throws IOException {
        if (acceptAll && !acceptIds.isEmpty()) {
            throw TimelineException.usage("--accept-all and --accept cannot be combined; give one of them");
        }
        drafts = DatasetReader.read(draftFile);
        Dataset target = DatasetFile.change(into, d -> d, true).dataset(); // reads and checks as a change would
        List<Event> ordered = DraftReview.ordered(drafts);
        Set<String> draftIds = new HashSet<>();
        ordered.forEach(e -> draftIds.add(e.id()));
        List<String> unknown = acceptIds.stream().map(String::strip).filter(id -> !draftIds.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw TimelineException.usage("--accept " + TerminalText.line(String.join(", ", unknown)) + ": no such "
                    + "draft in " + draftFile + "; expected the id of one of its events (see 'timeline list --data "
                    + draftFile + " --format json')");
        }
        boolean scripted = acceptAll || !acceptIds.isEmpty();
        boolean terminal = root.stdoutIsTerminal();
        BufferedReader answers = scripted ? null
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = spec.commandLine().getOut();
        Set<String> actorIds = new LinkedHashSet<>();
        target.actors().forEach(a -> actorIds.add(a.id()));
        drafts.actors().forEach(a -> actorIds.add(a.id()));
        int accepted = 0;
        int skipped = 0;
        int seen = 0;
        review:
        for (Event draft : ordered) {
            Event event = DraftReview.undrafted(draft);
            seen++;
            if (!scripted) {
                ReviewCard.print(out, seen, ordered.size(), draft, drafts, current());
            }
            while (true) {
                ReviewAnswer answer = scripted
                        ? acceptAll || acceptIds.stream().anyMatch(id -> id.strip().equals(draft.id()))
                                ? ReviewAnswer.ACCEPT : ReviewAnswer.SKIP
                        : ask(answers, out, terminal);
                try {
                    switch (answer) {
                        case QUIT -> {
                            seen--;
                            break review;
                        }
                        case SKIP -> skipped++;
                        case ACCEPT -> accepted += save(event, true) ? 1 : 0;
                        case EDIT -> {
                            Optional<Boolean> saved = EventEditorSession.editUntilSaved(root::env, event, actorIds,
                                    e -> save(e, false));
                            if (saved.isEmpty()) {
                                spec.commandLine().getErr().println("timeline: the buffer is empty; skipped");
                                skipped++;
                            } else {
                                accepted += saved.get() ? 1 : 0;
                            }
                        }
                    }
                    break;
                } catch (ChangeRefused e) {
                    if (scripted) {
                        throw e;
                    }
                    spec.commandLine().getErr().println("timeline: not accepted: " + TerminalText.line(e.getMessage())
                            + "; edit it (e), skip it (s) or quit (q)");
                }
            }
        }
        if (write.dryRun) {
            write.report(spec, into, last != null ? last : DatasetFile.change(into, d -> d, true), "");
        }
        spec.commandLine().getErr().println("timeline: reviewed " + seen + " of " + ordered.size() + " drafts: "
                + accepted + (write.dryRun ? " would be added to " : " added to ") + into + ", " + skipped
                + " skipped");
        return ExitCode.OK;
    }

    /** The dataset as it stands (in a dry run, as it would with the drafts accepted so far). */
    private Dataset current() {
        return last != null ? last.dataset() : DatasetFile.change(into, d -> d, true).dataset();
    }

    /** Adds {@code event}; true when it was added, false when it was there already. */
    private boolean save(Event event, boolean freshId) {
        DraftReview.Accepted[] result = new DraftReview.Accepted[1];
        List<Pending> before = write.dryRun ? List.copyOf(pending) : List.of();
        DatasetFile.Outcome outcome = DatasetFile.change(into, d -> {
            Dataset with = d;
            for (Pending p : before) {
                with = DraftReview.accept(with, drafts, p.event(), p.freshId()).dataset();
            }
            result[0] = DraftReview.accept(with, drafts, event, freshId);
            return result[0].dataset();
        }, write.dryRun);
        last = outcome;
        DraftReview.Accepted a = result[0];
        PrintWriter err = spec.commandLine().getErr();
        if (a.already()) {
            err.println("timeline: " + TerminalText.line("'" + event.id() + "' is in " + into + " already (as '"
                    + a.event().id() + "'); not added again"));
            return false;
        }
        pending.add(new Pending(event, freshId));
        String done = (write.dryRun ? "would add '" : "added '") + a.event().id() + "' to " + into
                + (a.renamed() ? " (its id '" + event.id() + "' was taken)" : "")
                + (a.created().isEmpty() ? "" : ", new actors: " + String.join(", ",
                a.created().stream().map(Actor::id).toList()));
        if (write.dryRun) {
            err.println("timeline: " + TerminalText.line(done));
        } else {
            write.report(spec, into, outcome, done);
        }
        return true;
    }

    /** The next answer: asked again after anything else; the end of the input quits. */
    private static ReviewAnswer ask(BufferedReader answers, PrintWriter out, boolean terminal) throws IOException {
        while (true) {
            if (terminal) {
                out.print("Accept, edit, skip or quit? [a/e/s/q] ");
            }
            out.flush();
            String line = answers.readLine();
            if (line == null) {
                return ReviewAnswer.QUIT;
            }
            Optional<ReviewAnswer> answer = ReviewAnswer.parse(line);
            if (answer.isPresent()) {
                return answer.get();
            }
            out.println("  expected a (accept), e (edit), s (skip) or q (quit), not '" + TerminalText.line(line)
                    + "'");
        }
    }
}
