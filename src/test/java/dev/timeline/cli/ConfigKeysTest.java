package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.format.OutputFormat;
import dev.timeline.model.Coded;
import org.junit.jupiter.api.Test;

/** The config keys that take a format describe every {@link OutputFormat}, from the enum. */
class ConfigKeysTest {

    @Test
    void theFormatKeyNamesEveryFormat() {
        assertThat(Config.KEYS.get("format")).isEqualTo("default --format of list ("
                + String.join(", ", Coded.ids(OutputFormat.class)) + ")");
        assertThat(Config.KEYS.get("format")).contains(", dataset, parquet)");
    }
}
