package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** init, actors add|edit|rm|merge, edit, rm and their dry runs and refusals, through the real command line. */
class CurationCommandsTest {

    private final Cli cli = new Cli();

    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void start() {
        file = dir.resolve("mine.json");
        ok("init", file.toString(), "--title", "My timeline");
        ok("actors", "add", file.toString(), "--name", "Jane Doe", "--kind", "person", "--country", "Azerbaijan");
        ok("actors", "add", file.toString(), "--name", "Iran", "--kind", "state", "--country", "IRN", "--alias",
                "Tehran");
        ok("add", "--data", file.toString(), "--date", "2023-04-13", "--title", "Baku wants good ties", "--type",
                "statement", "--actor", "Jane Doe:initiator", "--actor", "Tehran:target", "--source", "X@2023-04-13");
    }

    private Result ok(String... args) {
        Result result = cli.run(args);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    private Result refused(int code, String... args) throws IOException {
        String before = Files.readString(file);
        Result result = cli.run(args);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(code);
        assertThat(result.err()).as(result.toString()).startsWith("timeline: ").hasLineCount(1);
        assertThat(Files.readString(file)).as("a refused change leaves the file byte-identical").isEqualTo(before);
        assertNoLeftovers();
        return result;
    }

    private void assertNoLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.equals("mine.json"));
        }
    }

    private Dataset dataset() {
        return DatasetReader.read(file);
    }

    @Test
    void initWritesAnEmptyDatasetThatValidates() {
        Path other = dir.resolve("caucasus-2023.json");
        ok("init", other.toString(), "--description", "From articles.");
        Dataset empty = DatasetReader.read(other);
        assertThat(empty.id()).isEqualTo("caucasus-2023");
        assertThat(empty.title()).isEqualTo("caucasus-2023");
        assertThat(empty.description()).isEqualTo("From articles.");
        assertThat(empty.actors()).isEmpty();
        assertThat(empty.events()).isEmpty();
        assertThat(cli.run("validate", other.toString()).exitCode()).isZero();
    }

    @Test
    void initNeverOverwrites() throws IOException {
        Result result = refused(ExitCode.DATA, "init", file.toString());
        assertThat(result.err()).contains(file.toString(), "already exists");
    }

    @Test
    void addOnAMissingFileSaysToRunInitAndLeavesNothingBehind() throws IOException {
        Files.delete(file);
        Path missing = dir.resolve("mine.json");
        Result result = cli.run("add", "--data", missing.toString(), "--date", "2023-01-01", "--title", "x", "--type",
                "statement");
        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(result.err()).contains("no such file", "timeline init " + missing);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void actorIdsAreDerivedFromNamesAndMadeUnique() {
        ok("actors", "add", file.toString(), "--name", "Jane  Doé");
        assertThat(dataset().actors()).extracting(Actor::id).containsExactly("jane-doe", "iran", "jane-doe-2");
        Actor iran = dataset().actorsById().get("iran");
        assertThat(iran.aliases()).containsExactly("Tehran");
        assertThat(dataset().actorsById().get("jane-doe").country()).isEqualTo("AZE");
    }

    @Test
    void addWithNewActorCreatesTheMissingActorsOnTheWay() {
        Result result = ok("add", "--data", file.toString(), "--date", "2023-04-14", "--title", "Talks", "--type",
                "phone-call", "--actor", "Bob Roe:participant", "--actor", "Jane Doe", "--new-actor", "--actor-kind",
                "person", "--actor-country", "ARM");
        Actor bob = dataset().actorsById().get("bob-roe");
        assertThat(bob.name()).isEqualTo("Bob Roe");
        assertThat(bob.kind().id()).isEqualTo("person");
        assertThat(bob.country()).isEqualTo("ARM");
        assertThat(dataset().events().get(1).actors()).extracting(p -> p.actorId())
                .containsExactly("bob-roe", "jane-doe");
        assertThat(result.err()).contains("new actors: bob-roe");
    }

    @Test
    void addWithoutNewActorStillNamesTheClosestActors() throws IOException {
        Result result = refused(ExitCode.USAGE, "add", "--data", file.toString(), "--date", "2023-04-14", "--title",
                "Talks", "--type", "phone-call", "--actor", "Jane Do");
        assertThat(result.err()).contains("unknown actor 'Jane Do'", "did you mean 'Jane Doe'");
    }

    @Test
    void editChangesOnlyTheEditedFieldsAndLines() throws IOException {
        String before = Files.readString(file);
        ok("edit", file.toString(), "2023-04-13", "--title", "Baku wants good ties with Tehran", "--summary",
                "Said so.", "--add-tag", "diplomacy", "--add-source", "Y@2023-04-14", "--source-title", "Ties",
                "--place", "Baku,AZE", "--fatalities", "0", "--note", "Checked.");
        Event event = dataset().events().get(0);
        assertThat(event.title()).isEqualTo("Baku wants good ties with Tehran");
        assertThat(event.summary()).isEqualTo("Said so.");
        assertThat(event.tags()).containsExactly("diplomacy");
        assertThat(event.sources()).hasSize(2);
        assertThat(event.sources().get(1).title()).isEqualTo("Ties");
        assertThat(event.place().country()).isEqualTo("AZE");
        assertThat(event.fatalities()).isZero();
        assertThat(event.note()).isEqualTo("Checked.");
        // the actors' lines are untouched: the file up to "events" is the same text
        int events = before.indexOf("\"events\"");
        assertThat(Files.readString(file)).startsWith(before.substring(0, events));

        ok("edit", file.toString(), event.id(), "--no-fatalities", "--remove-source", "1", "--remove-tag",
                "diplomacy", "--remove-actor", "Iran", "--add-actor", "Jane Doe:target", "--type", "threat",
                "--date", "2023-04");
        Event again = dataset().events().get(0);
        assertThat(again.fatalities()).isNull();
        assertThat(again.sources()).extracting(s -> s.outlet()).containsExactly("Y");
        assertThat(again.tags()).isEmpty();
        assertThat(again.actors()).extracting(p -> p.actorId() + ":" + p.role().id()).containsExactly(
                "jane-doe:target");
        assertThat(again.date()).hasToString("2023-04");
        assertThat(again.type().id()).isEqualTo("threat");
    }

    @Test
    void editingAnActorsIdRewritesEveryReference() {
        ok("actors", "add", file.toString(), "--name", "IRGC", "--kind", "armed-force", "--part-of", "Iran");
        ok("actors", "edit", file.toString(), "iran", "--id", "iran-state", "--remove-alias", "Tehran", "--alias",
                "Islamic Republic");
        Dataset d = dataset();
        assertThat(d.actorsById()).containsKey("iran-state").doesNotContainKey("iran");
        assertThat(d.actorsById().get("iran-state").aliases()).containsExactly("Islamic Republic");
        assertThat(d.actorsById().get("irgc").partOf()).isEqualTo("iran-state");
        assertThat(d.events().get(0).actors()).extracting(p -> p.actorId()).containsExactly("jane-doe",
                "iran-state");
    }

    @Test
    void renamingAnEventKeepsItsPlace() {
        ok("add", "--data", file.toString(), "--date", "2023-04-15", "--title", "Second", "--type", "statement");
        ok("edit", file.toString(), "2023-04-13-baku", "--id", "baku-ties");
        assertThat(dataset().events()).extracting(Event::id).containsExactly("baku-ties", "2023-04-15-second");
    }

    @Test
    void rmRemovesByIdOrUniquePrefix() {
        ok("add", "--data", file.toString(), "--date", "2023-04-15", "--title", "Second", "--type", "statement");
        ok("add", "--data", file.toString(), "--date", "2023-04-16", "--title", "Third", "--type", "statement");
        ok("rm", file.toString(), "2023-04-15", "2023-04-16-third");
        assertThat(dataset().events()).extracting(Event::id).containsExactly("2023-04-13-baku-wants-good-ties");
    }

    @Test
    void actorsRmIsRefusedWhileReferredToUnlessDetached() throws IOException {
        Result result = refused(ExitCode.USAGE, "actors", "rm", file.toString(), "Iran");
        assertThat(result.err()).contains("event 2023-04-13-baku-wants-good-ties", "--detach");
        ok("actors", "rm", file.toString(), "Iran", "--detach");
        assertThat(dataset().actorsById()).doesNotContainKey("iran");
        assertThat(dataset().events().get(0).actors()).extracting(p -> p.actorId()).containsExactly("jane-doe");
    }

    @Test
    void actorsMergeMovesReferencesAndUnitesAliases() {
        ok("actors", "add", file.toString(), "--name", "Islamic Republic of Iran", "--kind", "state", "--alias",
                "IRI");
        ok("edit", file.toString(), "2023-04-13", "--add-actor", "IRI:mentioned");
        ok("actors", "merge", file.toString(), "IRI", "iran");
        Dataset d = dataset();
        assertThat(d.actorsById()).doesNotContainKey("islamic-republic-of-iran");
        assertThat(d.actorsById().get("iran").aliases()).containsExactly("Tehran", "Islamic Republic of Iran", "IRI");
        assertThat(d.events().get(0).actors()).extracting(p -> p.actorId()).containsExactly("jane-doe", "iran");
    }

    @Test
    void dryRunPrintsAUnifiedDiffAndWritesNothing() throws IOException {
        String before = Files.readString(file);
        Result result = ok("edit", file.toString(), "2023-04-13", "--title", "New title", "--dry-run");
        assertThat(result.out()).startsWith("--- a/mine.json\n+++ b/mine.json\n@@ ")
                .contains("-      \"title\": \"Baku wants good ties\",\n+      \"title\": \"New title\",\n");
        assertThat(result.out().lines().filter(l -> l.startsWith("-") || l.startsWith("+"))).hasSize(4);
        assertThat(Files.readString(file)).isEqualTo(before);
        for (String[] args : new String[][] {
            {"rm", file.toString(), "2023-04-13", "--dry-run"},
            {"actors", "add", file.toString(), "--name", "X", "--dry-run"},
            {"actors", "edit", file.toString(), "iran", "--alias", "IRI", "--dry-run"},
            {"actors", "rm", file.toString(), "iran", "--detach", "--dry-run"},
            {"add", "--data", file.toString(), "--date", "2023", "--title", "T", "--type", "statement", "--dry-run"}}) {
            java.nio.file.attribute.FileTime folderTime = Files.getLastModifiedTime(dir);
            Result dry = ok(args);
            assertThat(dry.out()).as(dry.toString()).startsWith("--- a/mine.json");
            assertThat(Files.readString(file)).isEqualTo(before);
            assertThat(Files.getLastModifiedTime(dir)).as("not even a lock file was made").isEqualTo(folderTime);
        }
        Path fresh = dir.resolve("fresh.json");
        Result init = ok("init", fresh.toString(), "--dry-run");
        assertThat(init.out()).startsWith("--- /dev/null\n+++ b/fresh.json\n").contains("+  \"events\": []");
        assertThat(fresh).doesNotExist();
        assertNoLeftovers();
    }

    /** Arguments separated by ';', FILE standing for the dataset file; the exit code; what the message says. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "edit;FILE;nope;--title;x|2|no event has the id 'nope'",
        "edit;FILE;2023-04-13;--add-actor;Nobody|2|unknown actor 'Nobody'",
        "edit;FILE;2023-04-13;--remove-source;5|2|--remove-source 5 expected a number from 1 to 1",
        "edit;FILE;2023-04-13;--date;2023-13-45|2|is not an EDTF date",
        "edit;FILE;2023-04-13;--add-actor;Iran:boss|2|unknown role",
        "edit;FILE;2023-04-13;--id;has blank|2|not a usable id",
        "edit;FILE;2023-04-13;--remove-tag;none|2|has no tag 'none'",
        "edit;FILE;2023-04-13;--remove-actor;Iran;--remove-actor;Iran|2|has no actor 'Iran' to remove",
        "edit;FILE;2023-04-13|2|edit needs something to change",
        "edit;FILE;2023-04-13;--editor;--title;x|2|--editor cannot be combined",
        "edit;FILE;2023-04-13;--fatalities;-1|2|expected a whole number of 0 or more",
        "edit;FILE;2023-04-13;--fatalities;1;--no-fatalities|2|mutually exclusive",
        "rm;FILE;nope|2|no event has the id 'nope'",
        "actors;add;FILE;--name;Jane;--id;jane-doe|2|an actor with id 'jane-doe' already exists",
        "actors;add;FILE;--id;x|2|actors add needs --name",
        "actors;add;FILE;--name;X;--kind;planet|2|expected one of: state, government-body",
        "actors;add;FILE;--name;X;--country;Atlantis|2|is not a country",
        "actors;add;FILE;--name;X;--part-of;Atlantis|2|unknown actor 'Atlantis' for --part-of",
        "actors;add;FILE;--name;!!!|2|cannot derive an id from the name",
        "actors;edit;FILE;iran;--id;jane-doe|2|an actor with id 'jane-doe' already exists",
        "actors;edit;FILE;iran;--part-of;Tehran|2|cannot be part of itself",
        "actors;edit;FILE;iran;--remove-alias;Persia|2|has no alias 'Persia'",
        "actors;edit;FILE;iran|2|actors edit needs something to change",
        "actors;rm;FILE;nobody|2|unknown actor 'nobody'",
        "actors;merge;FILE;iran;Tehran|2|are the same actor",
        "add;--data;FILE;--date;2023;--title;x;--type;statement;--actor-kind;person|2|add --new-actor"})
    void refusalsLeaveTheFileByteIdentical(String args, int code, String message) throws IOException {
        String[] argv = java.util.Arrays.stream(args.split(";")).map(a -> a.equals("FILE") ? file.toString() : a)
                .toArray(String[]::new);
        assertThat(refused(code, argv).err()).contains(message);
    }

    @Test
    void aDuplicateIdOrDanglingReferenceIsRefused() throws IOException {
        ok("add", "--data", file.toString(), "--date", "2023-04-15", "--title", "Second", "--type", "statement");
        Result result = refused(ExitCode.USAGE, "edit", file.toString(), "2023-04-15", "--id",
                "2023-04-13-baku-wants-good-ties");
        assertThat(result.err()).contains("already exists");
        assertThat(refused(ExitCode.USAGE, "rm", file.toString(), "2023-04-1").err()).contains("starts the ids of 2");
    }

    @Test
    void userTextPassesTheChecksOfFileText() throws IOException {
        Result lone = refused(ExitCode.DATA, "edit", file.toString(), "2023-04-13", "--title", "bad \ud800 title");
        assertThat(lone.err()).contains("lone surrogate");
        Result control = ok("edit", file.toString(), "2023-04-13", "--title", "bell \u0007 title");
        assertThat(control.err()).contains("warning:", "control character");
        assertThat(control.err()).doesNotContain("\u0007");
    }

    @Test
    void theOverviewAndHelpNameTheCurationCommands() {
        assertThat(cli.run().out()).contains("timeline init mine.json");
        assertThat(cli.run("--help").out()).contains("init ", "edit ", "rm ", "merge ");
        assertThat(cli.run("actors", "--help").out()).contains("add ", "edit ", "rm ", "merge ");
    }
}
