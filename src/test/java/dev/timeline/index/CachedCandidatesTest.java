package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.input.Inputs;
import dev.timeline.io.Progress;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.query.DateCondition;
import dev.timeline.query.Match;
import dev.timeline.query.Query;
import dev.timeline.tools.GenerateEvents;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cached index, whose actor columns stay in the mapped file (read in place for a narrow date window, from copies
 * for a wide one), selects what the fresh index selects and what a scan of every event finds: date windows of
 * every width, with and without an actor. Seeded; the seed is printed.
 */
class CachedCandidatesTest {

    static final long SEED = Long.getLong("timeline.seed", System.nanoTime());

    @TempDir
    Path dir;

    @Test
    void aCachedIndexSelectsWhatAFreshOneAndAScanSelect() throws IOException {
        System.out.println("CachedCandidatesTest seed=" + SEED + " (rerun with -Dtimeline.seed=" + SEED + ")");
        Random random = new Random(SEED);
        Path file = dir.resolve("events.jsonl");
        GenerateEvents.write(file, 3000, random.nextLong(), false);
        Inputs.Options cached = new Inputs.Options(false, true, Map.of("XDG_CACHE_HOME", dir.resolve("c").toString()),
                Progress.NONE, w -> { });
        Inputs.Options fresh = new Inputs.Options(false, false, Map.of(), Progress.NONE, w -> { });
        List<Event> all = new ArrayList<>();
        try (BigSource first = Inputs.openBig(file, cached)) { // indexes and caches
            first.forEach(all::add);
        }
        List<String> actorIds = all.stream().flatMap(e -> e.actors().stream()).map(Participation::actorId)
                .distinct().sorted().toList();
        try (BigSource fromCache = Inputs.openBig(file, cached); BigSource built = Inputs.openBig(file, fresh)) {
            assertThat(fromCache.fromCache()).isTrue();
            for (int q = 0; q < 60; q++) {
                Query.Builder builder = Query.builder();
                if (random.nextInt(6) != 0) {
                    LocalDate from = LocalDate.of(1997 + random.nextInt(30), 1 + random.nextInt(12), 1);
                    // a few days up to decades: windows narrower and wider than an eighth of the records
                    LocalDate to = from.plusDays(random.nextInt(4) == 0 ? random.nextInt(12_000)
                            : random.nextInt(400));
                    builder.date(new DateCondition(org.threeten.extra.LocalDateRange.ofClosed(from, to),
                            random.nextBoolean() ? Match.OVERLAPS : Match.WITHIN));
                }
                if (random.nextInt(4) != 0) {
                    builder.actors(Set.of(actorIds.get(random.nextInt(actorIds.size()))));
                }
                Query query = builder.build();
                List<String> expected = all.stream().filter(query.matcher()).map(Event::id).sorted().toList();
                List<String> viaCache = ids(fromCache, query);
                assertThat(viaCache).as("query %d %s (seed %d)", q, query, SEED).isEqualTo(ids(built, query));
                assertThat(viaCache.stream().sorted().toList()).as("query %d (seed %d)", q, SEED)
                        .isEqualTo(expected);
            }
        }
    }

    private static List<String> ids(BigSource source, Query query) {
        List<String> ids = new ArrayList<>();
        source.query(query).forEach(e -> ids.add(e.id()));
        return ids;
    }
}
