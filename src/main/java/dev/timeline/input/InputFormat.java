package dev.timeline.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.timeline.index.AcledFormat;
import dev.timeline.index.GdeltFormat;
import dev.timeline.index.JsonlFormat;
import dev.timeline.index.RowFormat;
import dev.timeline.io.DataException;
import dev.timeline.io.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The input formats timeline reads, and the one place that tells them apart, from content rather than the file
 * name: a native dataset is a JSON object with {@code events}; JSON Lines has a whole event object on its first
 * line; a JSON array holds event objects; ACLED CSV has a header naming {@code event_date}, {@code event_type} and an id column (an HXL hashtag row
 * may follow it); GDELT has 57, 58 or 61 tab-separated fields, a numeric id and an 8-digit date.
 */
public enum InputFormat {
    DATASET_JSON("dataset JSON (an object with \"actors\" and \"events\")"),
    JSON_LINES("JSON Lines (one event object per line)"),
    JSON_ARRAY("a JSON array of event objects (what export --format json writes)"),
    ACLED_CSV("ACLED CSV (a header with event_id_cnty, event_date, event_type, ...)"),
    GDELT_TSV("GDELT TSV (57, 58 or 61 tab-separated columns, no header)");

    private static final int SNIFF = 1 << 16;

    private final String description;

    InputFormat(String description) {
        this.description = description;
    }

    /** What the format is, for messages. */
    public String description() {
        return description;
    }

    /** What a file holds before its records, and where they start. */
    public record Layout(InputFormat format, RowFormat rows, long dataStart, int firstLine) {
    }

    /**
     * Finds the format of {@code channel}'s content.
     *
     * @throws DataException (naming {@code file} and every format tried) when it is none of them
     */
    public static Layout detect(FileChannel channel, String file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(SNIFF);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // fill up to SNIFF bytes
        }
        byte[] head = new byte[buffer.position()];
        buffer.flip().get(head);
        int p = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            p = 3; // a UTF-8 byte order mark, as Excel writes
        }
        int q = p;
        while (q < head.length && (head[q] == ' ' || head[q] == '\t' || head[q] == '\r' || head[q] == '\n')) {
            q++;
        }
        if (q < head.length && head[q] == '{') {
            int lineEnd = lineEnd(head, q);
            if (lineEnd >= 0 && isEventObject(head, q, lineEnd)) {
                return new Layout(JSON_LINES, new JsonlFormat(), p, 1);
            }
            return new Layout(DATASET_JSON, null, 0, 1);
        }
        if (q < head.length && head[q] == '[') {
            return new Layout(JSON_ARRAY, new JsonlFormat(), 0, 1); // read through JsonArrayLines
        }
        int firstEnd = lineEnd(head, p);
        if (firstEnd < 0) {
            firstEnd = head.length;
        }
        if (crOnly(head, p, firstEnd)) {
            throw new DataException(file, "its lines end with a carriage return alone (old Mac line ends); timeline "
                    + "reads LF or CRLF line ends: convert it first, e.g. tr '\\r' '\\n' < IN > OUT");
        }
        String first = new String(head, p, firstEnd - p, StandardCharsets.UTF_8).replace("\r", "");
        if (first.indexOf('\t') >= 0 && GdeltFormat.recognises(List.of(first.split("\t", -1)))) {
            return new Layout(GDELT_TSV, new GdeltFormat(), p, 1);
        }
        List<String> header = csvCells(first);
        if (AcledFormat.recognises(header)) {
            long dataStart = firstEnd + 1L;
            int firstLine = 2;
            int secondEnd = lineEnd(head, firstEnd + 1);
            if (secondEnd > 0) {
                String second = new String(head, firstEnd + 1, secondEnd - firstEnd - 1, StandardCharsets.UTF_8)
                        .replace("\r", "");
                if (AcledFormat.isHxl(csvCells(second))) {
                    dataStart = secondEnd + 1L;
                    firstLine = 3;
                }
            }
            return new Layout(ACLED_CSV, AcledFormat.of(header), Math.min(dataStart, channel.size()), firstLine);
        }
        throw new DataException(file, "not a format timeline reads; tried " + tried());
    }

    /** Whether the first line, {@code head[from, to)}, holds a CR that ends no CRLF: lines split by CR alone. */
    private static boolean crOnly(byte[] head, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (head[i] == '\r' && head[i + 1] != '\n') {
                return true;
            }
        }
        return false;
    }

    /** Every format, described, for the message when a file is none of them. */
    static String tried() {
        List<String> all = new ArrayList<>();
        for (InputFormat format : values()) {
            all.add(format.description);
        }
        return String.join(", ", all);
    }

    private static int lineEnd(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code b[from, to)} is one whole JSON object without an {@code events} array: an event. */
    private static boolean isEventObject(byte[] b, int from, int to) {
        try (JsonParser parser = Json.FACTORY.createParser(b, from, to - from)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("events")) {
                    return false;
                }
                parser.skipChildren();
            }
            return parser.currentToken() == JsonToken.END_OBJECT;
        } catch (IOException e) {
            return false;
        }
    }

    /** The cells of one CSV line (enough for a header: quotes honoured, no line breaks inside). */
    static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /**
     * The format of the file at {@code path}, or empty when it cannot be read or is none timeline reads (the
     * caller reports that its own way). For {@code validate}, which checks dataset files only.
     */
    public static Optional<InputFormat> of(Path path) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return Optional.of(detect(channel, path.toString()).format());
        } catch (IOException | DataException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
