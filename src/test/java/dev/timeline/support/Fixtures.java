package dev.timeline.support;

import dev.timeline.dataset.DatasetReader;
import dev.timeline.model.Dataset;
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

    /** The dataset shipped inside the jar. */
    public static Dataset bundled() {
        return DatasetReader.read(DatasetReader.bundled(), DatasetReader.BUNDLED_NAME);
    }
}
