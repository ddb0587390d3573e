package dev.timeline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * The big line-oriented inputs, each through the store's public entry point ({@code Inputs.open}) over a file:
 * format detection, the parallel index scan, then every event read back by offset. No cache here (see
 * {@link IndexCacheFuzzTest}). Seeds: {@code BigInputFuzzTestInputs/<method>/}, small files of each format.
 */
class BigInputFuzzTest {

    private static final Path DIR = Harness.folder("big");

    @FuzzTest(maxDuration = "60s")
    void jsonl(byte[] input) {
        open("input.jsonl", input);
    }

    @FuzzTest(maxDuration = "60s")
    void acled(byte[] input) {
        open("input.csv", input);
    }

    @FuzzTest(maxDuration = "60s")
    void gdelt(byte[] input) {
        open("input.export.CSV", input);
    }

    @FuzzTest(maxDuration = "60s")
    void ucdp(byte[] input) {
        open("input-ged.csv", input);
    }

    @FuzzTest(maxDuration = "60s")
    void icews(byte[] input) {
        open("input-icews.tab", input);
    }

    private static void open(String name, byte[] input) {
        Path file = Harness.write(DIR.resolve(name), input);
        Harness.onlyOwnErrors(() -> Harness.openAndAsk(file, Harness.options(null)));
    }
}
