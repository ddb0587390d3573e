package dev.timeline.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.dataset.DatasetReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Changes touch only the changed elements' lines, in the bundled layout and in a hand-made one. */
class DatasetLayoutTest {

    private static String bundledText() throws IOException {
        return Files.readString(Path.of(System.getProperty("timeline.project.dir", "."), "data/caucasus.json"));
    }

    private static Dataset read(String text) {
        return DatasetReader.read(new StringReader(text), "test.json");
    }

    private static long changedLines(String before, String after) {
        return UnifiedDiff.of("f", before, after).lines()
                .filter(l -> (l.startsWith("+") || l.startsWith("-")) && !l.startsWith("+++") && !l.startsWith("---"))
                .count();
    }

    @Test
    void anUnchangedDatasetIsTheSameText() throws IOException {
        String text = bundledText();
        Dataset d = read(text);
        assertThat(DatasetLayout.render(text, d, d, "f")).isEqualTo(text);
        assertThat(DatasetLayout.canonical(d)).isEqualTo(text);
    }

    @Test
    void editingOneFieldChangesOneLine() throws IOException {
        String text = bundledText();
        Dataset d = read(text);
        Event e = d.events().get(7);
        Dataset edited = EventChanges.replace(d, e.id(), new Event(e.id(), e.date(), "A new title", e.summary(),
                e.type(), e.actors(), e.place(), e.fatalities(), e.sources(), e.tags(), e.note()));
        String after = DatasetLayout.render(text, d, edited, "f");
        assertThat(changedLines(text, after)).isEqualTo(2);
        assertThat(read(after)).isEqualTo(edited);
    }

    /** Seeded: removing random events, the rest keep their text, and the result reads back as the change. */
    @Test
    void removingEventsRemovesOnlyTheirLines() throws IOException {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("DatasetLayoutTest seed: " + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        String text = bundledText();
        Dataset d = read(text);
        for (int round = 0; round < 20; round++) {
            List<String> gone = d.events().stream().filter(e -> random.nextInt(4) == 0).map(Event::id).toList();
            if (gone.size() == d.events().size() || gone.isEmpty()) {
                continue;
            }
            Dataset removed = EventChanges.remove(d, gone);
            String after = DatasetLayout.render(text, d, removed, "f");
            assertThat(read(after)).as("seed %d", seed).isEqualTo(removed);
            assertThat(UnifiedDiff.of("f", text, after).lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")))
                    .as("seed %d: a removal adds no line", seed).isEmpty();
        }
    }

    @Test
    void aHandMadeLayoutKeepsTheTextOfWhatDidNotChange() {
        String text = "{\"id\": \"x\", \"title\": \"X\",\n"
                + "\t\"actors\": [ {\"id\": \"iran\", \"name\": \"Iran\", \"kind\": \"state\"} ],\n"
                + "\t\"events\": [\n"
                + "\t\t{\"id\": \"a\", \"date\": \"2023\", \"title\": \"A\", \"type\": \"statement\", \"actors\": [], \"sources\": []},\n"
                + "\t\t{\"id\": \"b\", \"date\": \"2023\", \"title\": \"B\", \"type\": \"statement\", \"actors\": [], \"sources\": []}\n"
                + "\t]\n}\n";
        Dataset d = read(text);
        Dataset removed = EventChanges.remove(d, List.of("a"));
        String after = DatasetLayout.render(text, d, removed, "f");
        assertThat(after).contains("{\"id\": \"b\", \"date\": \"2023\", \"title\": \"B\"")
                .contains("\t\"actors\": [ {\"id\": \"iran\", \"name\": \"Iran\", \"kind\": \"state\"} ],\n")
                .startsWith("{\"id\": \"x\", \"title\": \"X\",\n").doesNotContain("\"A\"");
        assertThat(read(after)).isEqualTo(removed);
        assertThat(after).contains("\t\"events\": [\n\t\t{\"id\": \"b\"");
    }

    @Test
    void theLastEventRemovedLeavesAnEmptyArray() {
        String text = "{\n  \"id\": \"x\",\n  \"title\": \"X\",\n  \"actors\": [],\n  \"events\": [\n    {\n"
                + "      \"id\": \"a\",\n      \"date\": \"2023\",\n      \"title\": \"A\",\n"
                + "      \"type\": \"statement\",\n      \"actors\": [],\n      \"sources\": []\n    }\n  ]\n}\n";
        Dataset d = read(text);
        Dataset empty = EventChanges.remove(d, List.of("a"));
        assertThat(DatasetLayout.render(text, d, empty, "f")).isEqualTo(DatasetLayout.canonical(empty));
        assertThat(DatasetLayout.canonical(d)).isEqualTo(text);
    }
}
