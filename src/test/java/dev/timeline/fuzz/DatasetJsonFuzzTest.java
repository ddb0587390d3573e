package dev.timeline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.timeline.dataset.DatasetReader;
import dev.timeline.io.Bom;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Dataset JSON, through the reader (read and validate) and through {@code Inputs.open} on a file, where format
 * detection runs first. Seeds: {@code DatasetJsonFuzzTestInputs/dataset/}.
 */
class DatasetJsonFuzzTest {

    private static final Path FILE = Harness.folder("dataset").resolve("dataset.json");

    @FuzzTest(maxDuration = "60s")
    void dataset(byte[] input) {
        Harness.onlyOwnErrors(() -> DatasetReader.read(Bom.utf8(new ByteArrayInputStream(input)), "fuzz.json"));
        Harness.onlyOwnErrors(() -> DatasetReader.validate(new StringReader(new String(input,
                StandardCharsets.UTF_8)), "fuzz.json").problems().forEach(Harness::requireProblem));
        Harness.write(FILE, input);
        Harness.onlyOwnErrors(() -> Harness.openAndAsk(FILE, Harness.options(null)));
    }
}
