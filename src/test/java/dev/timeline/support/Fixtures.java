package dev.timeline.support;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test data files under {@code src/test/resources/fixtures}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }
}
