package dev.timeline.dataset;

import dev.timeline.model.Dataset;
import dev.timeline.io.AtomicFile;
import dev.timeline.io.DataException;
import dev.timeline.io.Problem;
import dev.timeline.io.TargetLock;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Changes a curated dataset file safely, for every curation command: under the file's {@link TargetLock} (concurrent
 * writers take turns, each re-reading the file once it holds the lock, so none is lost), the change is applied to
 * what is really there, written into the file's text touching only what changed ({@link DatasetLayout}), read back
 * and validated as {@code validate} would, and only then written atomically ({@link AtomicFile}: temporary file,
 * fsync, rename). A refused change leaves the file byte-identical; a dry run computes everything and writes nothing,
 * not even a lock file (it reads the file as it is, as a reader does).
 */
public final class DatasetFile {

    /** How long a writer waits for another one to finish. */
    private static final long LOCK_WAIT_MILLIS = 30_000;

    private DatasetFile() {
    }

    /**
     * What a change did (or, in a dry run, would do).
     *
     * @param dataset  the dataset as written
     * @param diff     the change as a unified diff of the file; empty when nothing changed
     * @param warnings what {@code validate} warns about in the result and did not before (a control character in
     *                 a new title, an actor nobody refers to), placed in the result's text
     */
    public record Outcome(Dataset dataset, String diff, List<Problem> warnings) {
        public boolean changed() {
            return !diff.isEmpty();
        }
    }

    /**
     * Applies {@code change} to the dataset file at {@code path}.
     *
     * @param change the new dataset from the current one (read under the lock); throws {@link ChangeRefused} to
     *               refuse
     * @throws DataException when the file is missing, cannot be read, locked or written, or the result would not be
     *                       valid
     */
    @SuppressWarnings("try") // the lock is held for the block, not used in it
    public static Outcome change(Path path, UnaryOperator<Dataset> change, boolean dryRun) {
        String name = path.toString();
        requireFile(path);
        try (TargetLock lock = dryRun ? null : TargetLock.acquire(path, LOCK_WAIT_MILLIS)) {
            requireFile(path);
            if (!dryRun && !Files.isWritable(path)) {
                throw new DataException(name, "not writable (permission denied); nothing was changed");
            }
            String original = Files.readString(path, StandardCharsets.UTF_8);
            Dataset current = DatasetReader.read(new StringReader(original), name);
            Dataset next = change.apply(current);
            String updated = next.equals(current) ? original : DatasetLayout.render(original, current, next, name);
            return write(path, original, updated, dryRun);
        } catch (MalformedInputException e) {
            throw new DataException(name, "not valid UTF-8 text");
        } catch (IOException e) {
            throw new DataException(name, "cannot write: " + DataException.why(e));
        }
    }

    /**
     * Writes {@code dataset} as a new file at {@code path}, in the native layout.
     *
     * @throws DataException when {@code path} exists (it is never overwritten), or cannot be written
     */
    @SuppressWarnings("try")
    public static Outcome create(Path path, Dataset dataset, boolean dryRun) {
        String name = path.toString();
        if (Files.exists(path)) {
            throw new DataException(name, "already exists; init never overwrites a file (choose another name)");
        }
        try (TargetLock lock = dryRun ? null : TargetLock.acquire(path, LOCK_WAIT_MILLIS)) {
            if (Files.exists(path)) {
                throw new DataException(name, "already exists; init never overwrites a file (choose another name)");
            }
            return write(path, null, DatasetLayout.canonical(dataset), dryRun);
        } catch (IOException e) {
            throw new DataException(name, "cannot write: " + DataException.why(e));
        }
    }

    /** Says to run init when {@code path} does not exist, before any lock file is made beside it. */
    static void requireFile(Path path) {
        if (!Files.exists(path)) {
            throw new DataException(path.toString(), "no such file; start one with 'timeline init " + path + "'");
        }
        if (!Files.isRegularFile(path)) {
            throw new DataException(path.toString(), "not a regular file");
        }
    }

    private static Outcome write(Path path, String original, String updated, boolean dryRun) throws IOException {
        String name = path.toString();
        Dataset result;
        try {
            result = DatasetReader.read(new StringReader(updated), name);
        } catch (DataException e) {
            // placed in a text that was never written: say so, rather than point at a line the file does not have
            Problem first = e.problems().get(0);
            throw new DataException(name, "the change would make it invalid, so nothing was changed: "
                    + first.message() + (first.line() > 0 ? " (line " + first.line() + ", column " + first.column()
                    + " of the changed text)" : "") + (e.problems().size() > 1 ? " and " + (e.problems().size() - 1)
                    + " more problem(s)" : ""));
        }
        List<Problem> warnings = newWarnings(original, updated, name);
        String diff = UnifiedDiff.of(path.getFileName().toString(), original, updated);
        if (!dryRun && !updated.equals(original)) {
            try (AtomicFile file = AtomicFile.open(path)) {
                file.writer().write(updated);
                file.writer().flush();
                pauseForTests();
                file.commit();
            }
        }
        return new Outcome(result, diff, warnings);
    }

    private static List<Problem> newWarnings(String original, String updated, String name) {
        Set<String> known = new HashSet<>();
        if (original != null) {
            DatasetReader.validate(new StringReader(original), name).problems().forEach(p -> known.add(p.message()));
        }
        return DatasetReader.validate(new StringReader(updated), name).problems().stream()
                .filter(p -> !known.contains(p.message())).toList();
    }

    /** Test hook: lets a test kill the process between writing the new text and the rename. */
    private static void pauseForTests() {
        long millis = Long.getLong("timeline.test.pauseBeforeCommitMillis", 0);
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
