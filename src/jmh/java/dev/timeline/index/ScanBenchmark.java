package dev.timeline.index;

import java.util.Random;
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

/** The scanning kernel: finding line ends in 4 MiB of 760-byte lines, eight bytes at a time or one by one. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScanBenchmark {

    private final byte[] buffer = new byte[4 << 20];

    @Setup
    public void setUp() {
        Random random = new Random(1);
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = (byte) ('a' + random.nextInt(26));
        }
        for (int i = 759; i < buffer.length; i += 760) {
            buffer[i] = '\n';
        }
    }

    @Benchmark
    public int swar() {
        int lines = 0;
        int from = 0;
        for (int at; (at = Bytes.indexOf(buffer, from, buffer.length, (byte) '\n')) >= 0; from = at + 1) {
            lines++;
        }
        return lines;
    }

    @Benchmark
    public int byteByByte() {
        int lines = 0;
        for (byte b : buffer) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
