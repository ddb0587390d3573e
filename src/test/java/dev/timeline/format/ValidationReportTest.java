package dev.timeline.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.support.Cli;
import dev.timeline.support.Cli.Result;
import dev.timeline.support.Golden;
import org.junit.jupiter.api.Test;

/** {@code validate --format json}, byte for byte: the summary per file, then every problem. */
class ValidationReportTest {

    @Test
    void matchesTheGoldenFile() {
        Result result = new Cli().run("validate", "--format", "json", "src/test/resources/fixtures/warnings.json",
                "src/test/resources/fixtures/broken.json", "src/test/resources/fixtures/small.json");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        Golden.assertMatches("validate.json", result.out());
    }
}
