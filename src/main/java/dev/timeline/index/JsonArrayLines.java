package dev.timeline.index;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.timeline.io.DataException;
import dev.timeline.io.Json;
import dev.timeline.io.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.List;

/**
 * Reads a JSON array of event objects (what {@code export --format json} writes) as JSON Lines: each element's
 * own bytes, with its line breaks turned into spaces (JSON allows no raw line break inside a string, so the
 * meaning is kept), on a line of a {@link Spool} of its own. Each element goes on the line where it starts in
 * the array file and at its column, and {@link ArrayPlacement} maps a place on a later line of a pretty-printed
 * element back to its line and column; when two start on one line (a compact array) the later ones go on the
 * next free lines.
 */
final class JsonArrayLines {

    private JsonArrayLines() {
    }

    /**
     * A JSON Lines copy of an array.
     *
     * @param channel   the copy, open at offset 0
     * @param placement places a problem found in the copy in the array file
     */
    public record Lines(FileChannel channel, ArrayPlacement placement) {
    }

    /**
     * The elements of the array in {@code in}, as JSON Lines in a spool.
     *
     * @throws DataException (in {@code name}, with line and column) when it is not valid JSON, not an array, or
     *                       has an element that is not an object
     */
    public static Lines of(FileChannel in, String name) {
        FileChannel out = Spool.of(InputStream.nullInputStream(), name);
        boolean done = false;
        try (JsonParser parser = Json.FACTORY.createParser(Channels.newInputStream(in.position(0)))
                .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)) { // the caller still needs the channel
            Writer writer = new Writer(in, out);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw problem(name, parser.currentTokenLocation(), "expected a JSON array of event objects");
            }
            int element = 0;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                element++;
                JsonLocation start = parser.currentTokenLocation();
                if (t != JsonToken.START_OBJECT) {
                    throw problem(name, start, "element " + element + " of the array is not an object; expected "
                            + "an event object");
                }
                parser.skipChildren();
                writer.copy(start.getLineNr(), start.getColumnNr(), start.getByteOffset(),
                        parser.currentLocation().getByteOffset());
            }
            if (parser.nextToken() != null) {
                throw problem(name, parser.currentTokenLocation(), "unexpected content after the end of the "
                        + "JSON array");
            }
            out.position(0);
            done = true;
            return new Lines(out, writer.placement);
        } catch (JsonProcessingException e) {
            throw problem(name, e.getLocation(), "malformed JSON: " + reason(e));
        } catch (IOException e) {
            throw DataException.reading(name, e);
        } finally {
            if (!done) {
                try {
                    out.close();
                } catch (IOException e) {
                    // already failing
                }
            }
        }
    }

    /** Jackson's reason, without its internals (where the array began, as "[Source: REDACTED ...]"). */
    static String reason(JsonProcessingException e) {
        String why = e.getOriginalMessage().lines().findFirst().orElse("");
        why = why.replaceAll("\\s*\\(start marker at \\[Source:.*", "").replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .strip();
        return why.isEmpty() ? "not valid JSON" : why;
    }

    private static DataException problem(String name, JsonLocation at, String message) {
        return new DataException(List.of(new Problem(name, at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr(), message)));
    }

    /** Copies elements to their lines. */
    private static final class Writer {
        private final FileChannel in;
        private final FileChannel out;
        private int line = 1; // the line the next byte written is on
        final ArrayPlacement placement = new ArrayPlacement();

        Writer(FileChannel in, FileChannel out) {
            this.in = in;
            this.out = out;
        }

        /** Copies bytes {@code [from, to)}, which start on line {@code at}, column {@code column}. */
        void copy(int at, int column, long from, long to) throws IOException {
            // on its own line, the element starts at its own column too
            ByteBuffer lead = ByteBuffer.allocate(Math.max(0, at - line) + (at >= line ? column - 1 : 0));
            while (lead.position() < at - line) {
                lead.put((byte) '\n');
            }
            while (lead.hasRemaining()) {
                lead.put((byte) ' ');
            }
            int spaces = lead.limit() - Math.max(0, at - line);
            write(lead.flip());
            line = Math.max(line, at);
            ByteBuffer bytes = ByteBuffer.allocate((int) (to - from) + 1);
            bytes.limit((int) (to - from));
            while (bytes.hasRemaining() && in.read(bytes, from + bytes.position()) > 0) {
                // the element's bytes
            }
            bytes.limit(bytes.capacity());
            byte[] b = bytes.array();
            placement.add(line, at, column, spaces, b, bytes.position());
            for (int i = 0; i < bytes.position(); i++) {
                if (b[i] == '\n' || b[i] == '\r') {
                    b[i] = ' ';
                }
            }
            bytes.put((byte) '\n');
            write(bytes.flip());
            line++;
        }

        private void write(ByteBuffer buffer) throws IOException {
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        }
    }
}
