package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.query.Timeline;
import dev.timeline.support.Cli;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code timeline review}: drafts written by {@code extract --format dataset} reviewed into an {@code init}ed file. */
class ReviewCommandTest {

    /** Three sentences: a known actor, two known actors, and a person the actors dataset does not know. */
    static final String ARTICLE = "On March 30, Azerbaijan officially inaugurated its embassy in Tel Aviv (, March 30). "
            + "Since 2021, relations between Tehran and Baku have worsened. On April 7, Nasimi Aghayev met Iranian "
            + "officials in Baku (Reuters, April 8).\n";

    @TempDir
    Path dir;

    private final Cli cli = new Cli();
    private Path drafts;
    private Path mine;
    /** The drafts in date order, as review offers them. */
    private List<Event> ordered;

    @BeforeEach
    void extractAndInit() throws IOException {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, ARTICLE);
        drafts = dir.resolve("drafts.json");
        ok("extract", article.toString(), "--published", "2023-04", "--actors", "data/caucasus.json", "--outlet",
                "Eurasia Daily Monitor", "--format", "dataset", "-o", drafts.toString());
        mine = dir.resolve("mine.json");
        ok("init", mine.toString(), "--title", "Mine");
        ordered = DatasetReader.read(drafts).events().stream().sorted(Timeline.ORDER).toList();
        assertThat(ordered).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void acceptAllIntoAnInitedFileGivesADatasetValidateAccepts() throws IOException {
        Cli.Result r = ok("review", drafts.toString(), "--into", mine.toString(), "--accept-all");
        assertThat(r.err()).contains("new actors: ", "nasimi-aghayev", ordered.size() + " added to");
        Cli.Result v = cli.run("validate", mine.toString());
        assertThat(v.exitCode()).as(v.toString()).isZero();
        assertThat(v.err() + v.out()).contains("0 warnings");
        Dataset written = DatasetReader.read(mine);
        assertThat(written.events()).extracting(Event::id).containsExactlyElementsOf(ids(ordered));
        assertThat(written.events()).allSatisfy(e -> {
            assertThat(e.tags()).doesNotContain("draft");
            assertThat(e.note() == null ? "" : e.note()).doesNotContain("confidence", "code points");
        });
        assertThat(written.actorsById()).containsKeys("azerbaijan", "iran", "nasimi-aghayev");
        assertThat(Files.readString(mine)).doesNotContain("\"draft\"");
    }

    @Test
    void acceptByIdAddsOnlyThose() {
        String wanted = ordered.get(2).id();
        Cli.Result r = ok("review", drafts.toString(), "--into", mine.toString(), "--accept", wanted);
        assertThat(r.err()).contains("1 added to", (ordered.size() - 1) + " skipped");
        assertThat(DatasetReader.read(mine).events()).extracting(Event::id).containsExactly(wanted);
    }

    @Test
    void anUnknownAcceptIdIsAUsageErrorAndWritesNothing() throws IOException {
        String before = Files.readString(mine);
        Cli.Result r = cli.run("review", drafts.toString(), "--into", mine.toString(), "--accept", "no-such-draft");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("no-such-draft", "no such draft").hasLineCount(1);
        assertThat(Files.readString(mine)).isEqualTo(before);
    }

    @Test
    void answersFromStdinSkipAndAcceptInDateOrder() {
        Cli.Result r = withStdin("s\nnonsense\na\ns\n", "review", drafts.toString(), "--into", mine.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Draft 1 of " + ordered.size(), ordered.get(0).summary(),
                "expected a (accept), e (edit), s (skip) or q (quit), not 'nonsense'");
        assertThat(DatasetReader.read(mine).events()).extracting(Event::id).containsExactly(ordered.get(1).id());
    }

    @Test
    void quitKeepsWhatWasAccepted() {
        Cli.Result r = withStdin("a\nq\na\n", "review", drafts.toString(), "--into", mine.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).contains("reviewed 1 of " + ordered.size() + " drafts: 1 added");
        assertThat(r.out()).doesNotContain("Draft 3 of");
        assertThat(DatasetReader.read(mine).events()).extracting(Event::id).containsExactly(ordered.get(0).id());
    }

    @Test
    void theEndOfTheAnswersQuits() {
        Cli.Result r = withStdin("a\n", "review", drafts.toString(), "--into", mine.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(DatasetReader.read(mine).events()).hasSize(1);
    }

    @Test
    void aDraftWhoseIdIsTakenGetsAFreshOne() {
        Event first = ordered.get(0);
        ok("add", "--data", mine.toString(), "--id", first.id(), "--date", "2020", "--title", "Something else",
                "--type", "statement");
        Cli.Result r = ok("review", drafts.toString(), "--into", mine.toString(), "--accept", first.id());
        assertThat(r.err()).contains("added '" + first.id() + "-2'", "its id '" + first.id() + "' was taken");
        assertThat(DatasetReader.read(mine).event(first.id() + "-2")).get().extracting(Event::title)
                .isEqualTo(first.title());
    }

    @Test
    void reviewingAgainDoesNotAddTheSameDraftTwice() {
        ok("review", drafts.toString(), "--into", mine.toString(), "--accept-all");
        Cli.Result again = ok("review", drafts.toString(), "--into", mine.toString(), "--accept-all");
        assertThat(again.err()).contains("already", "0 added to");
        assertThat(DatasetReader.read(mine).events()).hasSize(ordered.size());
    }

    @Test
    void dryRunShowsTheWholeChangeAndWritesNothing() throws IOException {
        String before = Files.readString(mine);
        Cli.Result r = ok("review", drafts.toString(), "--into", mine.toString(), "--accept-all", "--dry-run");
        assertThat(r.out()).contains("+++ ", ordered.get(0).id(), ordered.get(2).id(), "\"nasimi-aghayev\"");
        assertThat(r.err()).contains("would be added");
        assertThat(Files.readString(mine)).isEqualTo(before);
        assertThat(dir.resolve(".mine.json.lock")).doesNotExist();
    }

    @Test
    void editOpensTheDraftInTheEditorAndAddsWhatComesBack() throws IOException {
        cli.env("EDITOR", editor("edit.sh", "sed -i 's/\"title\": \"[^\"]*\"/\"title\": \"Retitled by hand\"/' \"$1\""));
        Cli.Result r = withStdin("e\nq\n", "review", drafts.toString(), "--into", mine.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Dataset written = DatasetReader.read(mine);
        assertThat(written.events()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Retitled by hand");
            assertThat(e.tags()).doesNotContain("draft");
        });
    }

    @Test
    void anEmptiedBufferSkipsTheDraft() throws IOException {
        cli.env("EDITOR", editor("empty.sh", ": > \"$1\""));
        Cli.Result r = withStdin("e\n", "review", drafts.toString(), "--into", mine.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).contains("the buffer is empty; skipped");
        assertThat(DatasetReader.read(mine).events()).isEmpty();
    }

    @Test
    void textFromTheDraftsIsSanitisedOnTheCard() throws IOException {
        Files.writeString(drafts, Files.readString(drafts).replace("officially inaugurated",
                "officially \\u001b[31minaugurated"));
        Cli.Result r = withStdin("s\nq\n", "review", drafts.toString(), "--into", mine.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).doesNotContain("\u001b").contains("officially \\e[31minaugurated");
    }

    private String editor(String name, String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\nset -e\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script.toString();
    }

    private Cli.Result withStdin(String answers, String... args) {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)));
            return cli.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    private Cli.Result ok(String... args) {
        Cli.Result r = cli.run(args);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return r;
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }
}
