package dev.timeline.bench;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.format.FormatContext;
import dev.timeline.format.Formatter;
import dev.timeline.format.OutputFormat;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** CSV writing: the bundled dataset's events, repeated to 10,000 rows, through the csv formatter to a sink. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CsvWriteBenchmark {

    private List<Event> events;
    private Formatter csv;

    @Setup
    public void setUp() {
        Dataset dataset = DatasetReader.read(DatasetReader.bundled(), DatasetReader.BUNDLED_NAME);
        events = new ArrayList<>();
        while (events.size() < 10_000) {
            events.addAll(dataset.events());
        }
        csv = OutputFormat.CSV.formatter(FormatContext.of(dataset));
    }

    @Benchmark
    public long write10000Rows() throws IOException {
        Counting out = new Counting();
        csv.write(events, out);
        return out.chars;
    }

    /** A writer that only counts, so the benchmark measures formatting, not I/O. */
    static final class Counting extends Writer {
        long chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void write(String text, int offset, int length) {
            chars += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
