package dev.timeline.dataset;

import dev.timeline.dataset.JsonTree.Node;
import dev.timeline.io.Bom;
import dev.timeline.io.DataException;
import dev.timeline.io.Problem;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads a dataset file (the project's native JSON) and validates it whole: every problem is reported at once,
 * each with file, line and column and the expected form. The JSON becomes a tree with positions
 * ({@link JsonTree}), the tree is bound to the model ({@link DatasetBinder}), and the checks across objects run
 * on the result ({@link DatasetChecks}); this class only says which of those a caller wants.
 */
public final class DatasetReader {

    /** The dataset shipped inside the jar. */
    public static final String BUNDLED_RESOURCE = "/dev/timeline/data/caucasus.json";
    /** How the bundled dataset is named in messages. */
    public static final String BUNDLED_NAME = "<bundled>/caucasus.json";

    private DatasetReader() {
    }

    /** The bundled dataset as code: {@code GeneratedBundledDataset}, which the build makes from its JSON. */
    public interface Bundled {
        Dataset dataset();
    }

    /** The generated bundled dataset, or null when the class path has none (an IDE's own build). */
    private static final class Generated {
        static final Bundled DATASET = load();

        private static Bundled load() {
            try {
                return (Bundled) Class.forName(DatasetReader.class.getPackageName() + ".GeneratedBundledDataset")
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                return null;
            }
        }
    }

    /**
     * The dataset shipped inside the jar: built by the code the build generated from its JSON, with no JSON to
     * parse, or read from the JSON when there is no such code. Both give the same dataset (BundledDatasetTest).
     */
    public static Dataset bundledDataset() {
        Bundled generated = Generated.DATASET;
        return generated != null ? generated.dataset() : read(bundled(), BUNDLED_NAME);
    }

    /**
     * The outcome of checking a dataset file.
     *
     * @param dataset  the dataset, or null when there are errors
     * @param problems every error, then every warning, in file order within each
     */
    public record Report(Dataset dataset, List<Problem> problems) {
        public boolean valid() {
            return dataset != null;
        }
    }

    /**
     * The text of the dataset shipped inside the jar, strictly UTF-8; read or validate it under {@link #BUNDLED_NAME}.
     *
     * @throws DataException when the jar lacks it
     */
    public static Reader bundled() {
        InputStream in = DatasetReader.class.getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            throw new DataException(BUNDLED_NAME, "the bundled dataset is missing from the jar; rebuild it");
        }
        return Bom.utf8(in);
    }

    /** Reads {@code path}; messages name it as given. */
    public static Dataset read(Path path) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new DataException(name, "is a directory; expected a dataset JSON file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(Bom.utf8(in), name);
        } catch (IOException e) {
            throw DataException.reading(name, e);
        }
    }

    /** Reads JSON text from {@code in} (for bytes, see {@link Bom#utf8}), naming it {@code file} in messages. */
    public static Dataset read(Reader in, String file) {
        DatasetBinder binder = new DatasetBinder(file);
        Node root = JsonTree.read(Bom.skip(in), file, binder.problems());
        Dataset dataset = binder.dataset(root);
        if (!binder.problems().isEmpty()) {
            throw new DataException(binder.problems());
        }
        return dataset;
    }

    /**
     * Checks the file at {@code path} without failing: every error, and warnings about what loads but looks wrong
     * (events without a source, actors never used, an event dated after its only source was published).
     */
    public static Report validate(Path path) {
        try {
            return validate(Files.newBufferedReader(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            return new Report(null, DataException.reading(path.toString(), e).problems());
        }
    }

    /** As {@link #validate(Path)}, for text from {@code in} named {@code file}. */
    public static Report validate(Reader in, String file) {
        DatasetBinder binder = new DatasetBinder(file, true);
        try {
            Node root = JsonTree.read(Bom.skip(in), file, binder.problems());
            Dataset dataset = binder.dataset(root);
            binder.checks().controlCharacters(root, null);
            binder.checks().warnings().sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            List<Problem> all = new ArrayList<>(binder.problems());
            all.addAll(binder.checks().warnings());
            return new Report(binder.problems().isEmpty() ? dataset : null, all);
        } catch (DataException e) {
            return new Report(null, e.problems());
        }
    }

    /**
     * Reads one event object (the shape of an element of a dataset's "events") from {@code in}, checking its actor
     * references against {@code actorIds}.
     *
     * @throws DataException with every problem, placed in {@code file}
     */
    public static Event readEvent(Reader in, String file, Set<String> actorIds) {
        DatasetBinder binder = new DatasetBinder(file);
        Node root = JsonTree.read(Bom.skip(in), file, binder.problems());
        Event event = binder.event(root, actorIds);
        if (!binder.problems().isEmpty()) {
            throw new DataException(binder.problems());
        }
        return event;
    }
}
