package dev.timeline.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.timeline.io.AtomicFile;
import dev.timeline.io.DataException;
import dev.timeline.io.Json;
import dev.timeline.io.TargetLock;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Appends events to a dataset file without reformatting it: the new event's text is inserted after the last
 * event, indented like its neighbours, so the diff of an add is the new event (and one comma). The whole result is
 * validated before it is written; the write is atomic; its {@link TargetLock} ({@code .NAME.lock} beside it) makes
 * concurrent adds take turns, each re-reading the file once it holds the lock, so none is lost.
 */
public final class DatasetEditor {

    /** How long an add waits for another one to finish. */
    private static final long LOCK_WAIT_MILLIS = 30_000;

    private DatasetEditor() {
    }

    /**
     * Appends the event that {@code make} builds to the dataset file at {@code path}.
     *
     * @param make builds the event from the file's current content, read under the lock (so that, say, a derived
     *             id is unique in what is really there); it throws to abandon the add
     * @return the dataset as written
     * @throws DataException when the file cannot be read, locked or written, or the result would not be valid
     */
    @SuppressWarnings("try") // the lock is held for the block, not used in it
    public static Dataset append(Path path, Function<Dataset, Event> make) {
        String name = path.toString();
        if (!Files.exists(path)) { // before the lock, so that no lock file is left beside a file that is not there
            throw new DataException(name, "no such file; start one with 'timeline init " + path + "'");
        }
        try (TargetLock lock = TargetLock.acquire(path, LOCK_WAIT_MILLIS)) {
            if (!Files.isRegularFile(path)) {
                throw new DataException(name, Files.exists(path) ? "not a regular file" : "no such file");
            }
            if (!Files.isWritable(path)) {
                // renaming over it would work, but a read-only file says: do not change me
                throw new DataException(name, "not writable (permission denied); nothing was changed");
            }
            String original = Files.readString(path, StandardCharsets.UTF_8);
            Dataset current = DatasetReader.read(new StringReader(original), name);
            Event event = make.apply(current);
            String updated = insert(original, event, name);
            Dataset result = DatasetReader.read(new StringReader(updated), name);
            try (AtomicFile file = AtomicFile.open(path)) {
                file.writer().write(updated);
                file.writer().flush();
                pauseForTests();
                file.commit();
            }
            return result;
        } catch (MalformedInputException e) {
            throw new DataException(name, "not valid UTF-8 text");
        } catch (IOException e) {
            throw new DataException(name, "cannot write: " + DataException.why(e));
        }
    }

    /** {@code original} with {@code event} inserted as the last element of its top-level "events" array. */
    static String insert(String original, Event event, String name) throws IOException {
        int[] where = locateEvents(original, name);
        int arrayStart = where[0];
        int lastEnd = where[1];
        int arrayEnd = where[2];
        String unit = indentUnit(original);
        String eventIndent;
        if (lastEnd >= 0) {
            eventIndent = lineIndent(original, where[3]);
        } else {
            eventIndent = lineIndent(original, arrayStart) + unit;
        }
        String text = format(event, unit).replace("\n", "\n" + eventIndent);
        if (lastEnd >= 0) {
            return original.substring(0, lastEnd) + ",\n" + eventIndent + text + original.substring(lastEnd);
        }
        return original.substring(0, arrayStart + 1) + "\n" + eventIndent + text + "\n"
                + lineIndent(original, arrayStart) + original.substring(arrayEnd);
    }

    /** [offset of '[', offset just after the last element or -1, offset of ']', offset of the first element]. */
    private static int[] locateEvents(String text, String name) throws IOException {
        try (JsonParser parser = Json.FACTORY.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new DataException(name, "expected a dataset object");
            }
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!field.equals("events") || value != JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    continue;
                }
                int arrayStart = (int) parser.currentTokenLocation().getCharOffset();
                int lastEnd = -1;
                int firstStart = -1;
                for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
                    if (firstStart < 0) {
                        firstStart = (int) parser.currentTokenLocation().getCharOffset();
                    }
                    parser.skipChildren();
                    lastEnd = (int) parser.currentLocation().getCharOffset();
                }
                int arrayEnd = (int) parser.currentTokenLocation().getCharOffset();
                return new int[] {arrayStart, lastEnd, arrayEnd, firstStart};
            }
            throw new DataException(name, "the dataset has no 'events' array to add to");
        }
    }

    /** The event in the native layout with {@code unit} indentation, starting at column 0. */
    private static String format(Event event, String unit) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(Json.prettyPrinter(unit));
            DatasetWriter.writeEvent(json, event);
        }
        return out.toString();
    }

    /** The whitespace that starts the line holding {@code offset}. */
    private static String lineIndent(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int end = lineStart;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(lineStart, end);
    }

    /** The file's indentation step: the leading whitespace of its second line, else two spaces. */
    private static String indentUnit(String text) {
        int secondLine = text.indexOf('\n') + 1;
        if (secondLine <= 0) {
            return "  ";
        }
        String indent = lineIndent(text, secondLine);
        return indent.isEmpty() ? "  " : indent;
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
