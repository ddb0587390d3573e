package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timeline.dates.PeriodExpression;
import dev.timeline.input.InputFormat;
import dev.timeline.input.Inputs;
import dev.timeline.io.Progress;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.query.DateCondition;
import dev.timeline.query.EventStore;
import dev.timeline.query.Match;
import dev.timeline.query.Query;
import dev.timeline.query.Timeline;
import dev.timeline.tools.GenerateEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.LocalDateRange;

/**
 * Big inputs against an oracle: the same generated events read whole, line by line, into a {@link Timeline},
 * must give the same answer to every query as the indexed {@link BigSource}, whether the file is read by one
 * thread or split into chunks, and whether the index is fresh or from the cache.
 */
class BigSourceTest {

    static final long SEED = Long.getLong("timeline.seed", System.nanoTime());

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"jsonl", "acled"})
    void answersLikeTheWholeDatasetDoes(String format) throws IOException {
        System.out.println("BigSourceTest seed=" + SEED + " (rerun with -Dtimeline.seed=" + SEED + ")");
        Path file = dir.resolve("events." + format);
        GenerateEvents.write(file, 3000, SEED, format.equals("acled"));
        Timeline oracle = Timeline.of(oracle(file));
        // split even this small file between threads
        BigSource split = Inputs.openBig(file, options(false).withTuning(new BigSource.Tuning(64 * 1024, 50_000)));
        BigSource single = Inputs.openBig(file, options(false).withTuning(new BigSource.Tuning(Long.MAX_VALUE,
                50_000)));
        BigSource cached = Inputs.openBig(file, options(true));
        BigSource reused = Inputs.openBig(file, options(true));
        // actors indexed for one month only (JSON Lines leaves the others out), fresh and from a cache
        LocalDateRange march = PeriodExpression.parse("2010-03").range();
        BigSource partial = Inputs.openBig(file, options(false).withActorDays(march));
        Inputs.Options partialCache = new Inputs.Options(false, true, Map.of("XDG_CACHE_HOME",
                dir.resolve("partial-cache").toString()), Progress.NONE, w -> { }).withActorDays(march);
        Inputs.openBig(file, partialCache);
        BigSource partialCached = Inputs.openBig(file, partialCache);
        Random random = new Random(SEED);
        for (int i = 0; i < 60; i++) {
            Query query = randomQuery(random, oracle);
            List<String> expected = oracle.query(query).stream().map(Event::id).toList();
            for (BigSource source : List.of(split, single, cached, reused, partial, partialCached)) {
                assertThat(ids(source, query)).as("query %s", query).containsExactlyElementsOf(expected);
            }
        }
        // every actor of what was read has its name, also where the index left actors out
        for (Event event : partial.query(Query.builder().build())) {
            event.actors().forEach(p -> assertThat(partial.actorsById()).containsKey(p.actorId()));
        }
    }

    @Test
    void aPartialIndexIsCompletedWhenAQueryWouldParseTooMuch() throws IOException {
        Path file = dir.resolve("events.jsonl");
        GenerateEvents.write(file, 3000, 5, false);
        LocalDateRange march = PeriodExpression.parse("2010-03").range();
        int scans = ChunkScanner.SCANS.get();
        BigSource partial = Inputs.openBig(file, options(false).withActorDays(march)
                .withTuning(new BigSource.Tuning(ScanRequest.MIN_CHUNK_BYTES, 100)));
        assertThat(partial.index().partial()).isTrue();
        Query everyIran = Query.builder().actors(Set.of("iran")).build();
        List<String> expected = ids(Inputs.openBig(file, options(false)), everyIran);
        assertThat(ids(partial, everyIran)).isEqualTo(expected);
        assertThat(partial.index().partial()).isFalse();
        assertThat(ChunkScanner.SCANS.get() - scans).isEqualTo(3); // partial, full for expected, completion
        // a name the partial index has not met makes it read every actor before saying it is unknown
        BigSource other = Inputs.openBig(file, options(false).withActorDays(PeriodExpression.parse("1990-01-01")
                .range()));
        assertThat(other.resolver(List.of("Azerbaijan")).find("Azerbaijan")).isPresent();
        assertThat(other.index().partial()).isFalse();
    }

    private static Query randomQuery(Random random, Timeline oracle) {
        Query.Builder query = Query.builder();
        int year = 1997 + random.nextInt(30);
        String period = switch (random.nextInt(4)) {
            case 0 -> Integer.toString(year);
            case 1 -> year + "-" + String.format("%02d", 1 + random.nextInt(12));
            case 2 -> year + "-Q" + (1 + random.nextInt(4));
            default -> null;
        };
        if (period != null) {
            query.date(new DateCondition(PeriodExpression.parse(period).range(),
                    random.nextBoolean() ? Match.OVERLAPS : Match.WITHIN));
        }
        if (random.nextBoolean()) {
            List<String> names = List.of("Iran", "Azerbaijan", "Armenia", "Israel", "Georgia");
            String name = names.get(random.nextInt(names.size()));
            query.actors(Set.of(oracle.resolver().find(name).map(a -> a.id()).orElse(name.toLowerCase())));
        }
        if (random.nextInt(4) == 0) {
            query.limit(1 + random.nextInt(20));
        }
        query.descending(random.nextInt(3) == 0);
        return query.build();
    }

    private static List<String> ids(EventStore source, Query query) {
        return StreamSupport.stream(source.query(query).spliterator(), false).map(Event::id).toList();
    }

    /** The generated file read naively: every record parsed, in one list. */
    private static Dataset oracle(Path file) throws IOException {
        List<Event> events = new ArrayList<>();
        byte[] bytes = Files.readAllBytes(file);
        try (var channel = java.nio.channels.FileChannel.open(file)) {
            InputFormat.Layout layout = InputFormat.detect(channel, file.toString());
            int start = (int) layout.dataStart();
            for (int i = start; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                    events.add(layout.rows().format.parse(bytes, start, end));
                    start = i + 1;
                }
            }
        } catch (BadRow e) {
            throw new AssertionError(e.getMessage(), e);
        }
        BigSource source = Inputs.openBig(file, Inputs.Options.defaults(Map.of()));
        return new Dataset("oracle", null, "oracle", null, source.actors(), events);
    }

    @Test
    void splitsQuotedCsvRecordsCorrectlyWhenALineBreakStraddlesTheCut() throws IOException {
        // every record's notes hold line breaks, so a cut at a line end is very likely inside quotes
        StringBuilder csv = new StringBuilder(String.join(",", GenerateEvents.COLUMNS)).append("\r\n");
        int records = 4000;
        for (int i = 0; i < records; i++) {
            csv.append("E").append(i).append(",2020-01-").append(String.format("%02d", 1 + i % 28))
                    .append(",2020,1,,Battles,Armed clash,Army,,1,Rebels,,2,12,,364,Middle East,Iran,,,,Here,0,0,1,")
                    .append("Src,National,\"line one\nline two, \"\"quoted\"\"\nline three\",0,,0\r\n");
        }
        Path file = dir.resolve("quoted.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Inputs.Options split = options(false).withTuning(new BigSource.Tuning(16 * 1024, 50_000));
        BigSource source = Inputs.openBig(file, split);
        assertThat(source.size()).isEqualTo(records);
        assertThat(source.event("E3999").orElseThrow().summary()).isEqualTo("line one\nline two, \"quoted\"\nline three");
        // line numbers count physical lines: record i starts on line 2 + 3i
        assertThatThrownBy(() -> Inputs.openBig(withBadRecord(file, 3000), split))
                .hasMessageContaining(":" + (2 + 3 * 3000) + ":");
    }

    private Path withBadRecord(Path file, int record) throws IOException {
        String text = Files.readString(file);
        String bad = text.replace("E" + record + ",2020-01-", "E" + record + ",2020-13-");
        Path out = dir.resolve("bad-" + record + ".csv");
        Files.writeString(out, bad);
        return out;
    }

    private Inputs.Options options(boolean cache) {
        return new Inputs.Options(false, cache, Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()),
                Progress.NONE, w -> { });
    }
}
