package dev.timeline.bench;

import dev.timeline.dates.PeriodExpression;
import dev.timeline.index.BigSource;
import dev.timeline.input.Inputs;
import dev.timeline.io.Progress;
import dev.timeline.model.Event;
import dev.timeline.query.DateCondition;
import dev.timeline.query.EventStore;
import dev.timeline.query.Match;
import dev.timeline.query.Query;
import dev.timeline.query.Timeline;
import dev.timeline.tools.GenerateEvents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Range search: a one-month query over 200,000 generated events, held whole in a {@link Timeline} (binary search
 * and scan) or answered from a big file's index ({@link BigSource}: a column scan, then the matches parsed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RangeSearchBenchmark {

    @Param({"timeline", "index"})
    public String store;

    private Path folder;
    private EventStore events;
    private Query query;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("timeline-jmh");
        Path file = folder.resolve("events.jsonl");
        GenerateEvents.write(file, 200_000, 42, false);
        BigSource big = Inputs.openBig(file, new Inputs.Options(false, false, Map.of(), Progress.NONE, w -> { }));
        if (store.equals("index")) {
            events = big;
        } else {
            List<Event> all = new ArrayList<>();
            big.forEach(all::add);
            events = Timeline.of(new dev.timeline.model.Dataset("bench", null, "bench", null, big.actors(), all));
        }
        query = Query.builder().date(new DateCondition(PeriodExpression.parse("2023-03").range(), Match.OVERLAPS))
                .build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public int monthQuery() {
        int n = 0;
        for (Event event : events.query(query)) {
            n += event.id().length();
        }
        return n;
    }
}
