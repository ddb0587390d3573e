package dev.timeline.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.timeline.index.BigSource;
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
 * The input formats timeline reads. Each says what it is ({@link #description()}, and its phrase in the help of
 * {@code --data}), how it is recognised from the first bytes of a file ({@link #recognise}; content, never the
 * file name) and how it opens ({@link #opening()}); {@link #detect} asks each in turn. A native dataset is a JSON
 * object with {@code events}; JSON Lines has a whole event object on its first line; a JSON array holds event
 * objects; ACLED CSV has a header naming {@code event_date}, {@code event_type} and an id column (an HXL hashtag
 * row may follow it); GDELT has 57, 58 or 61 tab-separated fields, a numeric id and an 8-digit date; UCDP GED CSV
 * has a header naming {@code id}, {@code type_of_violence}, {@code side_a}, {@code side_b}, {@code date_prec},
 * {@code date_start}, {@code date_end} and {@code best}; an ICEWS event file a tab-separated header naming
 * {@code Event ID}, {@code Event Date}, {@code Source Name}, {@code CAMEO Code} and {@code Target Name}.
 *
 * <p>A new format is one constant here and, for a big one, its row format in {@code index} (named by {@link BigSource.Rows}).
 */
public enum InputFormat {
    DATASET_JSON("dataset JSON (an object with \"actors\" and \"events\")", "a dataset JSON", Opening.DATASET) {
        @Override
        Layout recognise(Head head) {
            return head.startsWith('{') && !head.firstLineIsEvent() ? new Layout(this, null, 0, 1) : null;
        }
    },
    JSON_LINES("JSON Lines (one event object per line)", "JSON Lines of events", Opening.BIG) {
        @Override
        Layout recognise(Head head) {
            return head.startsWith('{') && head.firstLineIsEvent() ? new Layout(this, BigSource.Rows.jsonLines(), head.bom, 1)
                    : null;
        }
    },
    JSON_ARRAY("a JSON array of event objects (what export --format json writes)", "a JSON array of events",
            Opening.JSON_ARRAY) {
        @Override
        Layout recognise(Head head) {
            return head.startsWith('[') ? new Layout(this, BigSource.Rows.jsonLines(), 0, 1) : null; // read as JSON Lines
        }
    },
    ACLED_CSV("ACLED CSV (a header with event_id_cnty, event_date, event_type, ...)", "an ACLED CSV export",
            Opening.BIG) {
        @Override
        Layout recognise(Head head) {
            BigSource.Rows rows = BigSource.Rows.acled(csvCells(head.firstLine()));
            if (rows == null) {
                return null;
            }
            byte[] b = head.bytes;
            int firstEnd = head.firstEnd();
            long dataStart = firstEnd + 1L;
            int firstLine = 2;
            int secondEnd = lineEnd(b, firstEnd + 1);
            if (secondEnd > 0) {
                String second = new String(b, firstEnd + 1, secondEnd - firstEnd - 1, StandardCharsets.UTF_8)
                        .replace("\r", "");
                if (BigSource.Rows.isAcledHxl(csvCells(second))) {
                    dataStart = secondEnd + 1L;
                    firstLine = 3;
                }
            }
            return new Layout(this, rows, Math.min(dataStart, head.size), firstLine);
        }
    },
    GDELT_TSV("GDELT TSV (57, 58 or 61 tab-separated columns, no header)", "a GDELT event export", Opening.BIG) {
        @Override
        Layout recognise(Head head) {
            String first = head.firstLine();
            return first.indexOf('\t') >= 0 && BigSource.Rows.isGdelt(List.of(first.split("\t", -1)))
                    ? new Layout(this, BigSource.Rows.gdelt(), head.bom, 1) : null;
        }
    },
    UCDP_CSV("UCDP GED CSV (a header with id, type_of_violence, side_a, side_b, date_prec, date_start, date_end, "
            + "best, ...)", "a UCDP GED CSV", Opening.BIG) {
        @Override
        Layout recognise(Head head) {
            BigSource.Rows rows = BigSource.Rows.ucdp(csvCells(head.firstLine()));
            return rows == null ? null : new Layout(this, rows, Math.min(head.firstEnd() + 1L, head.size), 2);
        }
    },
    ICEWS_TSV("ICEWS event file (tab-separated, a header with Event ID, Event Date, Source Name, CAMEO Code, "
            + "Target Name, ...)", "an ICEWS event file", Opening.BIG) {
        @Override
        Layout recognise(Head head) {
            String first = head.firstLine();
            BigSource.Rows rows = first.indexOf('\t') < 0 ? null
                    : BigSource.Rows.icews(List.of(first.split("\t", -1)));
            return rows == null ? null : new Layout(this, rows, Math.min(head.firstEnd() + 1L, head.size), 2);
        }
    };

    private static final int SNIFF = 1 << 16;

    private final String description;
    private final String helpPhrase;
    private final Opening opening;

    InputFormat(String description, String helpPhrase, Opening opening) {
        this.description = description;
        this.helpPhrase = helpPhrase;
        this.opening = opening;
    }

    /** What the format is, for messages. */
    public String description() {
        return description;
    }

    /** How the format is named in a list of them, as the help of {@code --data} gives it. */
    public String helpPhrase() {
        return helpPhrase;
    }

    /** How the format opens. */
    public Opening opening() {
        return opening;
    }

    /** How an input opens: read whole and checked, indexed, or copied to JSON Lines and then indexed. */
    public enum Opening {
        /** Read whole and validated by the dataset reader into an in-memory timeline. */
        DATASET,
        /** Indexed (or its cached index reused) and read by byte offset. */
        BIG,
        /** Copied to JSON Lines, one element a line, and then indexed as {@link #BIG}. */
        JSON_ARRAY
    }

    /** What a file holds before its records, and where they start. */
    public record Layout(InputFormat format, BigSource.Rows rows, long dataStart, int firstLine) {
    }

    /** This format's layout of the file whose first bytes are {@code head}, or null when it is not this format. */
    abstract Layout recognise(Head head);

    /** The phrases of every format joined for a sentence: "a, b, c or d". */
    public static String helpList() {
        List<String> all = new ArrayList<>();
        for (InputFormat format : values()) {
            all.add(format.helpPhrase);
        }
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }

    /**
     * The first bytes of a file, up to {@link #SNIFF}.
     *
     * @param bytes the bytes read
     * @param bom   where the content starts, after a UTF-8 byte order mark if any
     * @param text  where the first non-blank byte is
     * @param size  the size of the whole content
     */
    record Head(byte[] bytes, int bom, int text, long size) {

        boolean startsWith(char c) {
            return text < bytes.length && bytes[text] == c;
        }

        /** Whether the first non-blank line is one whole JSON object without an {@code events} array: an event. */
        boolean firstLineIsEvent() {
            int end = lineEnd(bytes, text);
            return end >= 0 && isEventObject(bytes, text, end);
        }

        /** Where the first line ends (its LF), or the end of the bytes read. */
        int firstEnd() {
            int end = lineEnd(bytes, bom);
            return end < 0 ? bytes.length : end;
        }

        /** The first line as text, without CRs. */
        String firstLine() {
            return new String(bytes, bom, firstEnd() - bom, StandardCharsets.UTF_8).replace("\r", "");
        }
    }

    /**
     * Finds the format of {@code channel}'s content: the first that recognises it, in the order of the constants.
     *
     * @throws DataException (naming {@code file} and every format tried) when it is none of them
     */
    public static Layout detect(FileChannel channel, String file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(SNIFF);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // fill up to SNIFF bytes
        }
        byte[] bytes = new byte[buffer.position()];
        buffer.flip().get(bytes);
        return detect(bytes, channel.size(), file);
    }

    /**
     * As {@link #detect(FileChannel, String)}, from the first bytes of the content ({@code first}: its first 64 KiB,
     * or all of it when smaller) and its size: for content read elsewhere (a file on a cluster's file system).
     */
    public static Layout detect(byte[] first, long size, String file) {
        byte[] bytes = first.length > SNIFF ? java.util.Arrays.copyOf(first, SNIFF) : first;
        int p = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            p = 3; // a UTF-8 byte order mark, as Excel writes
        }
        int q = p;
        while (q < bytes.length && (bytes[q] == ' ' || bytes[q] == '\t' || bytes[q] == '\r' || bytes[q] == '\n')) {
            q++;
        }
        Head head = new Head(bytes, p, q, size);
        if (!head.startsWith('{') && !head.startsWith('[') && crOnly(bytes, p, head.firstEnd())) {
            throw new DataException(file, "its lines end with a carriage return alone (old Mac line ends); timeline "
                    + "reads LF or CRLF line ends: convert it first, e.g. tr '\\r' '\\n' < IN > OUT");
        }
        for (InputFormat format : values()) {
            Layout layout = format.recognise(head);
            if (layout != null) {
                return layout;
            }
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

    static int lineEnd(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code b[from, to)} is one whole JSON object without an {@code events} array: an event. */
    static boolean isEventObject(byte[] b, int from, int to) {
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
