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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.LocalDateRange;

/**
 * The primitive sort of candidates gives the order the boxed comparator sort gave, and a cached index (its start
 * order, its actors in start order, its columns mapped) gives the candidates a fresh one (every record, by record)
 * gives. Seeded; the seed is printed.
 */
class CandidatesTest {

    @TempDir
    Path dir;

    @Test
    void aCachedIndexFindsTheCandidatesAFreshOneFinds() throws IOException {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("CandidatesTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        Path file = dir.resolve("events.jsonl");
        // more records than a block of the search, so that windows cross blocks
        GenerateEvents.write(file, 3 * Candidates.BLOCK + random.nextInt(Candidates.BLOCK), random.nextLong(), false);
        Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        RecordIndex fresh;
        List<Event> events = new ArrayList<>();
        try (BigSource source = Inputs.openBig(file, new Inputs.Options(false, true, env, Progress.NONE, w -> { }))) {
            assertThat(source.fromCache()).isFalse();
            fresh = source.index();
            source.forEach(events::add);
        }
        RecordIndex cached = IndexCache.in(env).load(file.toRealPath(), "JSON_LINES:0", Files.size(file),
                stored -> true);
        assertThat(cached).isNotNull();
        assertThat(cached.actorsInStartOrder()).isTrue();
        assertThat(fresh.actorsInStartOrder()).isFalse();
        for (int c = 0; c < 300; c++) {
            Query.Builder query = Query.builder();
            Event some = events.get(random.nextInt(events.size()));
            LocalDate day = some.date().earliest().equals(LocalDate.MIN) ? LocalDate.of(2020, 1, 1)
                    : some.date().earliest();
            for (int d = random.nextInt(3); d > 0; d--) {
                query.date(new DateCondition(LocalDateRange.ofClosed(day.minusDays(random.nextInt(400)),
                        day.plusDays(random.nextInt(400))), random.nextBoolean() ? Match.OVERLAPS : Match.WITHIN));
            }
            List<String> ids = some.actors().stream().map(Participation::actorId).toList();
            if (!ids.isEmpty() && random.nextBoolean()) {
                query.actors(Set.of(ids.get(random.nextInt(ids.size())), "no-such-actor"));
            }
            if (!ids.isEmpty() && random.nextInt(4) == 0) {
                query.with(Set.of(ids.get(random.nextInt(ids.size()))));
            }
            Query q = query.build();
            assertThat(Candidates.of(cached, q)).as("case %d, %s (seed %d)", c, q, seed)
                    .containsExactly(Candidates.of(fresh, q));
        }
    }

    @Test
    void sortsLikeTheComparatorOverBoxedRecords() {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("CandidatesTest sort seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int c = 0; c < 500; c++) {
            int n = random.nextInt(c < 50 ? 20 : 3000);
            int days = 1 + random.nextInt(40);
            int[] start = new int[n];
            int[] end = new int[n];
            for (int i = 0; i < n; i++) {
                start[i] = random.nextInt(10) == 0 ? Integer.MIN_VALUE : random.nextInt(days);
                end[i] = random.nextInt(10) == 0 ? Integer.MAX_VALUE : Math.max(start[i], random.nextInt(days));
            }
            int[] records = random.ints(random.nextInt(n + 1), 0, Math.max(n, 1)).distinct().toArray();
            if (n == 0) {
                records = new int[0];
            }
            Integer[] boxed = Arrays.stream(records).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, Comparator.<Integer>comparingInt(i -> start[i]).thenComparingInt(i -> end[i])
                    .thenComparingInt(i -> i));
            long[] keys = new long[records.length];
            for (int j = 0; j < records.length; j++) {
                keys[j] = Candidates.key(start[records[j]], end[records[j]]);
            }
            Candidates.sort(records, keys);
            assertThat(records).as("case %d (seed %d)", c, seed)
                    .containsExactly(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
        }
    }
}
