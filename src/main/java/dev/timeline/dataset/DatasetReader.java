package dev.timeline.dataset;

import dev.timeline.dataset.JsonTree.Arr;
import dev.timeline.dataset.JsonTree.Node;
import dev.timeline.dataset.JsonTree.Obj;
import dev.timeline.dataset.JsonTree.Scalar;
import dev.timeline.io.Bom;
import dev.timeline.io.DataException;
import dev.timeline.io.Problem;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.text.TerminalText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
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

    /** Reads the dataset shipped inside the jar. */
    public static Dataset readBundled() {
        InputStream in = DatasetReader.class.getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            throw new DataException(BUNDLED_NAME, "the bundled dataset is missing from the jar; rebuild it");
        }
        return read(in, BUNDLED_NAME);
    }

    /** Reads {@code path}; messages name it as given. */
    public static Dataset read(Path path) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new DataException(name, "is a directory; expected a dataset JSON file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, name);
        } catch (IOException e) {
            throw DataException.reading(name, e);
        }
    }

    /** Reads UTF-8 JSON from {@code in}, naming it {@code file} in messages. Does not close {@code in}. */
    public static Dataset read(InputStream in, String file) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        return read(reader, file);
    }

    /** Reads JSON text from {@code in}, naming it {@code file} in messages. */
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

    /** As {@link #validate(Path)}, for the dataset shipped inside the jar. */
    public static Report validateBundled() {
        InputStream in = DatasetReader.class.getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            return new Report(null, List.of(new Problem(BUNDLED_NAME, 0, 0, "missing from the jar; rebuild it")));
        }
        return validate(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED_NAME);
    }

    /** As {@link #validate(Path)}, for text from {@code in} named {@code file}. */
    public static Report validate(Reader in, String file) {
        DatasetBinder binder = new DatasetBinder(file);
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

    /**
     * Warnings for the text of event {@code eventId} in the dataset file at {@code path} that holds characters a
     * terminal would obey (ESC, BEL, bidi overrides...; see {@link TerminalText#isUnsafe}), each at its
     * file:line:column; empty when there are none or the file cannot be read.
     */
    public static List<Problem> controlCharacters(Path path, String eventId) {
        DatasetBinder binder = new DatasetBinder(path.toString());
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Node root = JsonTree.read(in, path.toString(), binder.problems());
            if (root instanceof Obj top && top.fields().get("events") instanceof Arr events) {
                for (Node event : events.items()) {
                    if (event instanceof Obj o && o.fields().get("id") instanceof Scalar id
                            && eventId.equals(id.value())) {
                        binder.checks().controlCharacters(o, "event '" + eventId + "'");
                    }
                }
            }
        } catch (IOException | DataException e) {
            return List.of(); // the file was just written and checked; nothing to add
        }
        return binder.checks().warnings();
    }
}
