package dev.timeline.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.index.BigSource;
import dev.timeline.io.Progress;
import dev.timeline.query.EventStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index a prefetch loaded is used for the very file version it was loaded for, and only for that. */
class IndexPrefetchTest {

    private static final String EVENT = "{\"id\":\"%s\",\"date\":\"2020-01-0%d\",\"title\":\"%s\",\"type\":\"protests\"}\n";

    @TempDir
    Path dir;

    private Map<String, String> env() {
        return Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
    }

    /** Indexes {@code file} once (caching it), prefetches its index, then empties the cache folder. */
    private BigSource.Cached prefetchedThenUncached(Path file) throws IOException {
        try (EventStore store = Inputs.open(file, Inputs.Options.defaults(env()))) {
            assertThat(store.eventIds()).isEmpty(); // a big input, indexed and cached
        }
        IndexPrefetch prefetch = IndexPrefetch.start(file, env());
        BigSource.Cached cached = prefetch.get();
        assertThat(cached).isNotNull();
        assertThat(prefetch.get()).as("taken once").isNull();
        try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.delete(f);
            }
        }
        return cached;
    }

    private List<String> open(Path file, BigSource.Cached cached, List<String> phases) throws IOException {
        Inputs.Options options = new Inputs.Options(false, true, env(), Progress.NONE, w -> { }, false, null,
                () -> cached, BigSource.Tuning.DEFAULT, phases::add);
        List<String> titles = new ArrayList<>();
        try (EventStore store = Inputs.open(file, options)) {
            store.forEachStored(e -> titles.add(e.title()));
        }
        return titles;
    }

    @Test
    void aPrefetchedIndexServesTheFileItWasLoadedFor() throws IOException {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, EVENT.formatted("a", 1, "A") + EVENT.formatted("b", 2, "B"));
        BigSource.Cached cached = prefetchedThenUncached(file);
        List<String> phases = new ArrayList<>();
        assertThat(open(file, cached, phases)).containsExactly("A", "B");
        assertThat(phases).contains("cache hit").doesNotContain("indexed");
    }

    @Test
    void aPrefetchedIndexOfAnotherVersionIsIgnored() throws IOException {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, EVENT.formatted("a", 1, "A") + EVENT.formatted("b", 2, "B"));
        BigSource.Cached cached = prefetchedThenUncached(file);
        Files.writeString(file, EVENT.formatted("a", 1, "A") + EVENT.formatted("b", 2, "B")
                + EVENT.formatted("c", 3, "C"));
        List<String> phases = new ArrayList<>();
        assertThat(open(file, cached, phases)).containsExactly("A", "B", "C");
        assertThat(phases).contains("cache miss", "indexed");
    }

    @Test
    void aPrefetchedIndexOfAnotherFileIsIgnored() throws IOException {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, EVENT.formatted("a", 1, "A") + EVENT.formatted("b", 2, "B"));
        BigSource.Cached cached = prefetchedThenUncached(file);
        Path other = dir.resolve("other.jsonl");
        Files.writeString(other, EVENT.formatted("x", 1, "X"));
        List<String> phases = new ArrayList<>();
        assertThat(open(other, cached, phases)).containsExactly("X");
        assertThat(phases).contains("cache miss", "indexed");
    }
}
