package dev.timeline.cli;

import dev.timeline.io.DataException;
import dev.timeline.model.Dataset;
import dev.timeline.query.EventStore;
import dev.timeline.query.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code timeline --version}: the version, commit and build date Maven stamped into the jar, the Java in use, and
 * the dataset in use (which --data, TIMELINE_DATA or the config chose; parsed before this runs).
 */
final class VersionProvider implements IVersionProvider {

    @Spec
    CommandSpec spec;

    @Override
    public String[] getVersion() throws IOException {
        Properties build = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/timeline/version.properties")) {
            if (in != null) {
                build.load(in);
            }
        }
        return new String[] {
            "timeline " + build.getProperty("version", "unknown") + " (commit " + build.getProperty("commit",
                    "unknown") + ", built " + build.getProperty("built", "unknown") + ")",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                    + System.getProperty("java.home") + ")",
            "dataset " + dataset()};
    }

    private String dataset() {
        if (spec == null || !(spec.root().userObject() instanceof TimelineCommand root)) {
            return "unknown";
        }
        try {
            EventStore store = root.store(null);
            Dataset dataset = store.dataset();
            List<Path> paths = root.dataPaths();
            String where = paths.isEmpty() ? "bundled"
                    : String.join(", ", paths.stream().map(Path::toString).toList());
            String count = store instanceof Timeline timeline
                    ? ", " + timeline.events().size() + " events" : "";
            return dataset.id() + " " + (dataset.version() == null ? "(no version)" : dataset.version()) + " ("
                    + where + count + ")";
        } catch (DataException e) {
            return "unavailable: " + e.getMessage().lines().findFirst().orElse("");
        }
    }
}
