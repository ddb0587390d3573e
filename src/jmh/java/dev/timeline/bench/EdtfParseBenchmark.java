package dev.timeline.bench;

import dev.timeline.dates.EventDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** EDTF parsing, the per-record cost of reading dates: one parse per call, by form. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EdtfParseBenchmark {

    @Param({"2023-01-27", "2022-10", "2023-03-30~", "2021/..", "2023-03-01/2023-03-07", "2020-05-01T10:30:45-05:00"})
    public String text;

    @Benchmark
    public EventDate parse() {
        return EventDate.parse(text);
    }
}
