package dev.timeline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. Run with {@code -Dtimeline.golden.update=true} to
 * rewrite them after a deliberate change, then review the diff before committing.
 */
public final class Golden {

    private Golden() {
    }

    public static void assertMatches(String name, String actual) {
        Path file = Path.of(System.getProperty("timeline.project.dir", "."), "src/test/resources/golden", name);
        try {
            if (Boolean.getBoolean("timeline.golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s (create it with -Dtimeline.golden.update=true)", file).exists();
            assertThat(actual).as("output differs from golden file %s", file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
