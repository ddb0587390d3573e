package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.input.IndexPrefetch;
import dev.timeline.input.Inputs;
import dev.timeline.io.Progress;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.query.DateCondition;
import dev.timeline.query.Match;
import dev.timeline.query.Query;
import dev.timeline.tools.GenerateEvents;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.LocalDateRange;

/**
 * Issue 17: a cached index's columns are checked when a query first asks for them, not when it is loaded. Damage
 * to exactly those columns (one value, the checksum recomputed, as a writer bug or tampering would leave it) gets
 * past the load, yet never into an answer: through the prefetch (which checks in the background) and without it,
 * a dated query naming an actor, a query of everything, a look-up by id and a pass in file order give exactly what
 * the file gives without the cache, the index is rebuilt, and the next run reads the good one. Seeded; the seed is
 * printed.
 */
class LazyIndexCheckTest {

    private static final int CASES = 150;
    /** The columns a load leaves to the check at first use (everything else is checked when loaded). */
    private static final List<String> LAZY = List.of("start", "end", "offset", "length", "line", "idHash",
            "actorFrom", "actorIds", "byStart.record", "byStart.start", "byStart.end", "byStart.reach");

    @TempDir
    Path dir;

    Path file;
    Path cacheFolder;
    List<Event> inFileOrder;
    List<String> everything;

    @BeforeEach
    void index() throws IOException {
        file = dir.resolve("events.jsonl");
        GenerateEvents.write(file, 400, 17, false);
        cacheFolder = dir.resolve("cache");
        inFileOrder = new ArrayList<>();
        try (BigSource source = Inputs.openBig(file, new Inputs.Options(false, false, Map.of(), Progress.NONE,
                w -> { }))) {
            source.forEach(inFileOrder::add);
        }
        everything = expected(Query.builder().build());
        try (BigSource source = Inputs.openBig(file, cached(null))) {
            assertThat(source.fromCache()).isFalse();
        }
        assertThat(cacheFile()).exists();
    }

    @Test
    void damageToALazilyCheckedColumnNeverReachesAnAnswer() throws Exception {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("LazyIndexCheckTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        byte[] good = Files.readAllBytes(cacheFile());
        List<DamagedIndexTest.Field> fields = DamagedIndexTest.fields(ByteBuffer.wrap(good)
                .order(ByteOrder.LITTLE_ENDIAN)).stream().filter(f -> LAZY.contains(f.what().replaceAll("\\[.*", "")))
                .toList();
        assertThat(fields.stream().map(f -> f.what().replaceAll("\\[.*", "")).distinct()).hasSameElementsAs(LAZY);
        int faulted = 0;
        for (int c = 0; c < CASES; c++) {
            // each column as likely as the next, then any of its values
            String column = LAZY.get(random.nextInt(LAZY.size()));
            List<DamagedIndexTest.Field> values = fields.stream()
                    .filter(f -> f.what().startsWith(column + "[")).toList();
            DamagedIndexTest.Field field = values.get(random.nextInt(values.size()));
            ByteBuffer damaged = ByteBuffer.wrap(good.clone()).order(ByteOrder.LITTLE_ENDIAN);
            String label = "case " + c + ": " + field.what() + " " + DamagedIndexTest.damage(damaged, field, random)
                    + " (seed " + seed + ")";
            CRC32C crc = new CRC32C();
            crc.update(damaged.array(), 0, good.length - 8);
            damaged.putLong(good.length - 8, crc.getValue());
            Files.write(cacheFile(), damaged.array());

            // the load hands it over: the damage is in what it leaves to the first use
            RecordIndex loaded = load();
            assertThat(loaded).as(label).isNotNull();
            // inconsistent: the columns of the part of the check that failed, and of those after it, refuse to be
            // read, ever (the parts run in order: days and start order, actors, file positions)
            List<Callable<Object>> parts = List.of(loaded::startColumn, loaded::actorFrom, loaded::offset);
            List<List<Callable<Object>>> columns = List.of(List.of(loaded::endColumn, loaded::byStart),
                    List.of(loaded::actorIds), List.of(loaded::length, loaded::line, loaded::idHash));
            for (int p = 0; p < parts.size(); p++) {
                try {
                    parts.get(p).call();
                } catch (IndexedSource.IndexFault fault) {
                    faulted++;
                    for (int later = p; later < parts.size(); later++) {
                        assertThatThrownBy(parts.get(later)::call).as(label)
                                .isInstanceOf(IndexedSource.IndexFault.class);
                        for (Callable<Object> other : columns.get(later)) {
                            assertThatThrownBy(other::call).as(label).isInstanceOf(IndexedSource.IndexFault.class);
                        }
                    }
                    break;
                }
            }

            boolean prefetched = random.nextBoolean();
            IndexPrefetch prefetch = prefetched ? IndexPrefetch.start(file, env()) : null;
            Query dated = dated(random);
            List<String> datedIds = expected(dated);
            String id = inFileOrder.get(random.nextInt(inFileOrder.size())).id();
            try (BigSource source = Inputs.openBig(file, cached(prefetch))) {
                assertThat(ids(source, dated)).as(label + ", dated" + (prefetched ? ", prefetched" : ""))
                        .isEqualTo(datedIds);
                assertThat(ids(source, Query.builder().build())).as(label + ", everything").isEqualTo(everything);
                assertThat(source.event(id).map(Event::id)).as(label + ", by id").contains(id);
                List<Event> all = new ArrayList<>();
                source.forEach(all::add);
                assertThat(all).as(label + ", in file order").isEqualTo(inFileOrder);
            } catch (RuntimeException | Error e) {
                throw new AssertionError(label + " threw " + e, e);
            }
            int before = ChunkScanner.SCANS.get();
            try (BigSource again = Inputs.openBig(file, cached(null))) {
                assertThat(ids(again, dated)).as(label + ", read again").isEqualTo(datedIds);
            }
            assertThat(ChunkScanner.SCANS.get() - before).as(label + ", read again: the rebuilt index is good")
                    .isZero();
        }
        assertThat(faulted).as("damages the check itself caught (seed %d)", seed).isGreaterThan(CASES / 3);
    }

    @Test
    void threadsAskingAtOnceShareOneCheck() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                RecordIndex loaded = load();
                List<Future<IntBuffer>> asked = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    asked.add(pool.submit((Callable<IntBuffer>) loaded::startColumn));
                }
                IntBuffer first = asked.get(0).get();
                for (Future<IntBuffer> other : asked) {
                    assertThat(other.get()).isSameAs(first);
                }
                assertThat(first.limit()).isEqualTo(inFileOrder.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A window of up to a year around one event's first day, overlapping or within, naming one of its actors. */
    private Query dated(Random random) {
        Event some = inFileOrder.get(random.nextInt(inFileOrder.size()));
        LocalDate day = some.date().earliest();
        if (day.equals(LocalDate.MIN)) {
            day = LocalDate.of(2020, 1, 1);
        }
        Query.Builder query = Query.builder().date(new DateCondition(LocalDateRange.ofClosed(
                day.minusDays(random.nextInt(200)), day.plusDays(random.nextInt(200))),
                random.nextBoolean() ? Match.OVERLAPS : Match.WITHIN));
        List<Participation> actors = some.actors();
        if (!actors.isEmpty() && random.nextBoolean()) {
            query.actors(Set.of(actors.get(random.nextInt(actors.size())).actorId()));
        }
        return query.build();
    }

    /** The cached index, as a load hands it over (the file is unchanged: any stamp it holds will do). */
    private RecordIndex load() throws IOException {
        return IndexCache.at(cacheFolder.resolve("timeline")).load(file.toRealPath(), "JSON_LINES:0", Files.size(file),
                stored -> true);
    }

    private List<String> expected(Query query) throws IOException {
        try (BigSource fresh = Inputs.openBig(file, new Inputs.Options(false, false, Map.of(), Progress.NONE,
                w -> { }))) {
            return ids(fresh, query);
        }
    }

    private static List<String> ids(BigSource source, Query query) {
        List<String> ids = new ArrayList<>();
        source.query(query).forEach(e -> ids.add(e.id()));
        return ids;
    }

    private Map<String, String> env() {
        return Map.of("XDG_CACHE_HOME", cacheFolder.toString());
    }

    private Inputs.Options cached(IndexPrefetch prefetch) {
        return new Inputs.Options(false, true, env(), Progress.NONE, w -> { }, false, null, prefetch);
    }

    private Path cacheFile() throws IOException {
        return IndexCache.at(cacheFolder.resolve("timeline")).fileFor(file.toRealPath());
    }
}
