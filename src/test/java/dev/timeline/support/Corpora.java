package dev.timeline.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The public test corpora in {@code ../shared/corpora}, read in place (never copied into the project: licences).
 * Where they are absent the calling test is skipped with a visible reason, unless the build sets
 * {@code timeline.corpora.required=true} (as {@code .ci/run} does), in which case it fails.
 */
public final class Corpora {

    private Corpora() {
    }

    /** The corpora root: {@code TIMELINE_CORPORA} when set, else {@code <project>/../shared/corpora}. */
    public static Path root() {
        String override = System.getenv("TIMELINE_CORPORA");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("timeline.project.dir", ".")).toAbsolutePath().resolve("../shared/corpora")
                .normalize();
    }

    /** The corpus file or folder {@code first/more...}; skips or fails the test as described when it is absent. */
    public static Path require(String first, String... more) {
        Path path = root().resolve(Path.of(first, more));
        if (!Files.exists(path)) {
            String reason = "corpus " + path + " is absent";
            if (Boolean.getBoolean("timeline.corpora.required")) {
                fail(reason + " (timeline.corpora.required=true)");
            }
            System.err.println("SKIPPED: " + reason + "; set TIMELINE_CORPORA or run where ../shared/corpora exists");
            Assumptions.abort(reason + ": test skipped");
        }
        return path;
    }
}
