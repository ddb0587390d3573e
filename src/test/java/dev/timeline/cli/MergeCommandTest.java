package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.dataset.DatasetWriter;
import dev.timeline.dates.EventDate;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import dev.timeline.support.Cli.Result;
import dev.timeline.support.Cli;
import dev.timeline.support.Fixtures;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code timeline merge} on datasets made from the bundled one. */
class MergeCommandTest {

    private static final LocalDate SPLIT_FROM = LocalDate.of(2023, 1, 1);
    private static final LocalDate SPLIT_TO = LocalDate.of(2023, 3, 1);
    private static final Source COLLEAGUE = new Source("Colleague's notes", EventDate.parse("2023-05-01"), null,
            null, null);

    private final Cli cli = new Cli();

    @TempDir
    Path dir;

    private final Dataset bundled = Fixtures.bundled();

    /** The bundled dataset with only the events {@code keep} selects and the actors they need. */
    private Dataset part(java.util.function.Predicate<Event> keep, Function<Event, Event> change) {
        List<Event> events = bundled.events().stream().filter(keep).map(change).toList();
        Set<String> needed = new HashSet<>();
        events.forEach(e -> e.actors().forEach(p -> needed.add(p.actorId())));
        Map<String, Actor> byId = bundled.actorsById();
        for (boolean grew = true; grew; ) { // and what they are part of
            grew = false;
            for (String id : List.copyOf(needed)) {
                String parent = byId.get(id).partOf();
                grew |= parent != null && needed.add(parent);
            }
        }
        return new Dataset(bundled.id(), bundled.version(), bundled.title(), bundled.description(),
                bundled.actors().stream().filter(a -> needed.contains(a.id())).toList(), events);
    }

    private Path write(String name, Dataset dataset) throws IOException {
        Path path = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(path)) {
            DatasetWriter.write(dataset, out);
        }
        return path;
    }

    private static boolean inOverlap(Event e) {
        return !e.date().earliest().isBefore(SPLIT_FROM) && e.date().earliest().isBefore(SPLIT_TO);
    }

    /** Retitled as a colleague would: other words around the same words, and a source of their own. */
    private static Event retitled(Event e) {
        List<Source> sources = new ArrayList<>(e.sources());
        sources.add(COLLEAGUE);
        return new Event(e.id(), e.date(), e.title() + ", reports say", e.summary(), e.type(), e.actors(), e.place(),
                e.fatalities(), sources, e.tags(), e.note());
    }

    @Test
    void twoHalvesWithARetitledOverlapMergeIntoTheOriginalWithSourcesUnited() throws IOException {
        Dataset early = part(e -> e.date().earliest() == null || e.date().earliest().isBefore(SPLIT_TO), e -> e);
        Dataset late = part(e -> e.date().earliest() != null && !e.date().earliest().isBefore(SPLIT_FROM),
                e -> inOverlap(e) ? retitled(e) : e);
        long overlap = bundled.events().stream().filter(MergeCommandTest::inOverlap).count();
        assertThat(overlap).as("the split has an overlap").isGreaterThan(2);
        assertThat(early.events().size() + late.events().size()).isEqualTo(bundled.events().size() + overlap);
        Path a = write("early.json", early);
        Path b = write("late.json", late);
        Path out = dir.resolve("merged.json");

        Result result = cli.run("merge", a.toString(), b.toString(), "-o", out.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        Dataset merged = DatasetReader.read(out);

        assertThat(byId(merged.actors(), Actor::id)).isEqualTo(byId(bundled.actors().stream()
                .filter(x -> merged.actorsById().containsKey(x.id())).toList(), Actor::id));
        assertThat(merged.actors()).hasSameSizeAs(part(e -> true, e -> e).actors());
        List<Event> expected = new ArrayList<>();
        for (Event e : bundled.events()) {
            if (!inOverlap(e)) {
                expected.add(e);
                continue;
            }
            List<Source> sources = new ArrayList<>(e.sources());
            sources.add(COLLEAGUE);
            String line = "merged from " + b + ": title '" + e.title() + ", reports say'";
            expected.add(new Event(e.id(), e.date(), e.title(), e.summary(), e.type(), e.actors(), e.place(),
                    e.fatalities(), sources, e.tags(), e.note() == null ? line : e.note() + " | " + line));
        }
        assertThat(byId(merged.events(), Event::id)).isEqualTo(byId(expected, Event::id));
        assertThat(cli.run("validate", out.toString()).exitCode()).isZero();
    }

    private static <T> List<T> byId(List<T> values, Function<T, String> id) {
        return values.stream().sorted(Comparator.comparing(id)).collect(Collectors.toList());
    }

    @Test
    void mergingAFileWithItselfChangesNothing() throws IOException {
        Path a = write("a.json", bundled);
        Path b = write("b.json", bundled);
        Result result = cli.run("merge", a.toString(), b.toString(), "-o", a.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
        assertThat(result.err()).contains("nothing changed");
    }

    private static Dataset small(List<Actor> actors, List<Event> events) {
        return new Dataset("small", null, "Small", null, actors, events);
    }

    private static Event event(String id, String date, String title, String... actors) {
        List<Participation> ps = java.util.Arrays.stream(actors).map(a -> new Participation(a, Role.PARTICIPANT))
                .toList();
        return new Event(id, EventDate.parse(date), title, "", dev.timeline.model.EventType.STATEMENT, ps, null, null,
                List.of(new Source("X", EventDate.parse(date), null, null, null)), List.of(), null);
    }

    @Test
    void anActorIdNamingAnotherEntityStopsTheMergeUnlessMapped() throws IOException {
        Actor iran = new Actor("iran", "Iran", ActorKind.STATE, "IRN", List.of("Tehran"), null, null);
        Actor rial = new Actor("iran", "Iranian rial", ActorKind.ORGANISATION, null, List.of(), null, null);
        Path a = write("a.json", small(List.of(iran), List.of(event("e1", "2023-01-02", "Iran speaks", "iran"))));
        Path b = write("b.json", small(List.of(rial), List.of(event("e2", "2023-02-02", "The rial falls", "iran"))));
        Path out = dir.resolve("out.json");

        Result refused = cli.run("merge", a.toString(), b.toString(), "-o", out.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains("actor id 'iran' is 'Iran'", "'Iranian rial'", "--map").hasLineCount(1);
        assertThat(out).doesNotExist();

        Result mapped = cli.run("merge", a.toString(), b.toString(), "-o", out.toString(), "--map", "iran=rial");
        assertThat(mapped.exitCode()).as(mapped.toString()).isZero();
        Dataset merged = DatasetReader.read(out);
        assertThat(merged.actors()).extracting(Actor::id).containsExactly("iran", "rial");
        assertThat(merged.event("e2").orElseThrow().actors().get(0).actorId()).isEqualTo("rial");
    }

    @Test
    void actorsWithAnotherIdButASharedNameBecomeOneWithAliasesUnited() throws IOException {
        Actor iran = new Actor("iran", "Iran", ActorKind.STATE, "IRN", List.of("Tehran"), null, null);
        Actor iri = new Actor("iri", "Islamic Republic of Iran", ActorKind.STATE, "IRN", List.of("Iran"), null, null);
        Path a = write("a.json", small(List.of(iran), List.of(event("e1", "2023-01-02", "Iran speaks", "iran"))));
        Path b = write("b.json", small(List.of(iri), List.of(
                event("e1", "2023-01", "Iran speaks out", "iri"), event("e2", "2023-01-02", "Tehran warns", "iri"))));
        Path out = dir.resolve("out.json");
        Result dry = cli.run("merge", a.toString(), b.toString(), "-o", out.toString(), "--dry-run");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.out()).startsWith("--- /dev/null");
        assertThat(dry.err()).contains("actor 'iri' of " + b + " is 'iran'", "event 'e1' of " + b + " is 'e1'");
        assertThat(out).doesNotExist();

        assertThat(cli.run("merge", a.toString(), b.toString(), "-o", out.toString()).exitCode()).isZero();
        Dataset merged = DatasetReader.read(out);
        assertThat(merged.actors()).hasSize(1);
        assertThat(merged.actors().get(0).aliases()).containsExactly("Tehran", "Islamic Republic of Iran");
        assertThat(merged.events()).extracting(Event::id).containsExactly("e1", "e2");
        assertThat(merged.event("e1").orElseThrow().note()).contains("title 'Iran speaks out'", "date '2023-01'");
        assertThat(merged.event("e2").orElseThrow().actors().get(0).actorId()).isEqualTo("iran");
    }

    @Test
    void anotherEventWithATakenIdIsKeptUnderANewId() throws IOException {
        Actor iran = new Actor("iran", "Iran", ActorKind.STATE, "IRN", List.of(), null, null);
        Path a = write("a.json", small(List.of(iran), List.of(event("e1", "2023-01-02", "Iran speaks", "iran"))));
        Path b = write("b.json", small(List.of(iran), List.of(event("e1", "2023-06-02", "Border closes", "iran"))));
        Path out = dir.resolve("out.json");
        assertThat(cli.run("merge", a.toString(), b.toString(), "-o", out.toString()).exitCode()).isZero();
        assertThat(DatasetReader.read(out).events()).extracting(Event::id, Event::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("e1", "Iran speaks"),
                        org.assertj.core.groups.Tuple.tuple("e1-2", "Border closes"));
    }

    @Test
    void anExistingOutputThatIsNotTheFirstInputIsRefused() throws IOException {
        Path a = write("a.json", bundled);
        Path b = write("b.json", bundled);
        Path out = write("out.json", bundled);
        String before = Files.readString(out);
        Result result = cli.run("merge", a.toString(), b.toString(), "-o", out.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(result.err()).contains("already exists");
        assertThat(Files.readString(out)).isEqualTo(before);
    }
}
