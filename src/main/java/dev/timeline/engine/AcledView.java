package dev.timeline.engine;

import dev.timeline.index.BigSource;
import dev.timeline.input.InputFormat;
import dev.timeline.io.DataException;
import dev.timeline.model.Actor;
import dev.timeline.model.Event;
import dev.timeline.model.Names;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An ACLED CSV as the {@code events} relation of the engine contract, on DuckDB and on Spark, answering as the
 * native ACLED reader ({@link BigSource.Acled}) does.
 *
 * <p>The engine reads the CSV itself, every cell as text, into columns {@code c0}, {@code c1}, … (by position:
 * the native reader's header rules pick which position is which). The view computes the contract's columns from
 * them with the functions {@code timeline_*} each engine registers, which do exactly what the native mapping does
 * (on Spark they are that Java code; on DuckDB plain SQL where SQL is exact, ISO dates and ASCII names, and the
 * Java code for the rest), and carries the raw columns the mapping reads. So the date, start, end, id, type, actors
 * and roles a query filters and orders on are the native reader's; tags, places, sources, title and summary are
 * too, and their filters are in any case a pre-filter the query's own predicate checks again. The columns
 * {@code place.lat}/{@code place.lon} and {@code fatalities} are the cells read as numbers, for people who query
 * the view; no filter uses them.
 *
 * <p>The rows a query selects come back as their raw cells and become events through the native mapping itself
 * ({@link #event}), never through the view's columns; the view's id, date, start and end of each such row are
 * checked against that event, so a row the SQL ordered by other keys than the native reader's is an error, never a
 * silently different order.
 */
final class AcledView {

    /** The raw relation's column holding each record's position in the file (Spark), for the file's order. */
    static final String POSITION = "timeline_pos";

    /** The exact Java whitespace of {@link String#strip}, as a regular expression class (RE2 and Java). */
    static final String WHITESPACE = "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x{1680}\\x{2000}-\\x{2006}\\x{2008}-\\x{200A}"
            + "\\x{2028}\\x{2029}\\x{205F}\\x{3000}]";

    /** The event types' names in ACLED's current exports, which DuckDB maps without calling Java. */
    static final List<String> TYPE_NAMES = List.of("Battles", "Explosions/Remote violence",
            "Violence against civilians", "Protests", "Riots", "Strategic developments");

    private final BigSource.Acled acled;
    private final String input;
    private final Dialect dialect;
    /** The positions the native mapping reads, ascending. */
    private final List<Integer> used;

    AcledView(BigSource.Acled acled, String input, Dialect dialect) {
        this.acled = acled;
        this.input = input;
        this.dialect = dialect;
        TreeSet<Integer> columns = new TreeSet<>();
        for (String name : List.of("event_id_cnty", "data_id", "event_date", "time_precision", "disorder_type",
                "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
                "inter2", "iso", "iso3", "country", "admin1", "admin2", "admin3", "location", "source", "notes",
                "fatalities", "civilian_targeting", "tags", "latitude", "longitude")) {
            int at = acled.column(name);
            if (at >= 0) {
                columns.add(at);
            }
        }
        this.used = List.copyOf(columns);
    }

    /**
     * The layout of {@code file} when it is an ACLED CSV, as the native reader detects it (unpacked: a packed one is
     * not read by the engines), else null.
     */
    static InputFormat.Layout layout(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (BigSource.packed(channel)) {
                return null;
            }
            return acled(InputFormat.detect(channel, file.toString()));
        } catch (IOException | DataException e) {
            return null; // refused by the caller as a format its engine does not read
        }
    }

    /** {@code layout} when it is an ACLED CSV's, else null. */
    static InputFormat.Layout acled(InputFormat.Layout layout) {
        return layout.format() == InputFormat.ACLED_CSV ? layout : null;
    }

    BigSource.Acled acled() {
        return acled;
    }

    /** The raw column at position {@code i}. */
    static String raw(int i) {
        return "c" + i;
    }

    /** The raw columns the mapping reads, comma-separated. */
    String rawColumns() {
        return used.stream().map(AcledView::raw).collect(Collectors.joining(", "));
    }

    /** What a query selects: the raw columns, then id, date, start and end (checked against the mapped event). */
    String select() {
        return rawColumns() + ", " + dialect.name("id") + ", " + dialect.name("date") + ", " + dialect.name("start")
                + ", " + dialect.name("end");
    }

    /** The name of the {@code k}th raw column {@link #select()} gives. */
    String rawColumn(int k) {
        return raw(used.get(k));
    }

    /** How many columns {@link #select()} gives before id. */
    int rawCount() {
        return used.size();
    }

    /** The raw cell of the column the mapping reads as {@code name}, or a typed NULL when the file has none. */
    private String cell(String name) {
        int at = acled.column(name);
        return at >= 0 ? raw(at) : "CAST(NULL AS " + (dialect == Dialect.DUCKDB ? "VARCHAR" : "STRING") + ")";
    }

    private String text(String name) {
        return "timeline_text(" + cell(name) + ")";
    }

    /** The view {@code events} over the raw relation {@code raw} (columns c0…, every one text). */
    String view(String raw) {
        String where = "coalesce(" + text("location") + ", " + text("admin3") + ", " + text("admin2") + ", "
                + text("admin1") + ")";
        String country = "timeline_acled_country(" + cell("iso3") + ", " + cell("iso") + ", " + cell("country") + ")";
        String lat = "try_cast(" + text("latitude") + " AS DOUBLE)";
        String lon = "try_cast(" + text("longitude") + " AS DOUBLE)";
        String point = "NOT (" + lat + " IS NULL OR " + lon + " IS NULL OR " + lat + " = 0 AND " + lon + " = 0)";
        String place = "CASE WHEN " + where + " IS NULL AND " + country + " IS NULL AND NOT (" + point + ") THEN NULL "
                + "ELSE " + struct(List.of("name", where, "country", country,
                        "lat", "CASE WHEN " + point + " THEN " + lat + " END",
                        "lon", "CASE WHEN " + point + " THEN " + lon + " END")) + " END";
        String actors = concat(List.of(actors("actor1", "initiator"), actors("assoc_actor_1", "initiator"),
                actors("actor2", "target"), actors("assoc_actor_2", "target")));
        String sources = transform(pieces(cell("source")), "x", struct(List.of("outlet", "timeline_text(x)",
                "published", nullText(), "title", nullText(), "url", nullText())));
        String fixedTags = filter(array(List.of(text("sub_event_type"), text("disorder_type"),
                text("civilian_targeting"))), "x", "x IS NOT NULL");
        String tags = concat(List.of(fixedTags, transform(pieces(cell("tags")), "x", "timeline_text(x)")));
        String title = "concat(coalesce(" + text("sub_event_type") + ", " + text("event_type") + "), CASE WHEN "
                + where + " IS NULL THEN '' ELSE concat(' in ', " + where + ") END)";
        StringBuilder inner = new StringBuilder("SELECT coalesce(" + text("event_id_cnty") + ", " + text("data_id")
                + ") AS id, timeline_acled_date(" + cell("event_date") + ", " + cell("time_precision") + ") AS "
                + dialect.name("date") + ", timeline_acled_type(" + cell("event_type") + ") AS type, " + title
                + " AS title, " + text("notes") + " AS summary, " + actors + " AS actors, " + place + " AS place, "
                + "try_cast(" + text("fatalities") + " AS INTEGER) AS fatalities, " + sources + " AS sources, "
                + tags + " AS tags");
        for (int i : used) {
            inner.append(", ").append(raw(i));
        }
        inner.append(" FROM ").append(raw);
        String date = dialect.name("date");
        return "SELECT id, " + date + ", timeline_start(" + date + ") AS " + dialect.name("start") + ", timeline_end("
                + date + ") AS " + dialect.name("end") + ", type, title, summary, actors, place, fatalities, sources, "
                + "tags, " + rawColumns() + " FROM (" + inner + ") acled";
    }

    /** The participations of one column: its non-blank {@code ;}-separated names, each known by its slug. */
    private String actors(String column, String role) {
        return transform(pieces(cell(column)), "x", struct(List.of("id", "timeline_slug(x)", "name",
                "timeline_text(x)", "role", "'" + role + "'")));
    }

    /** The non-blank {@code ;}-separated pieces of a cell (untrimmed), as a list; empty when the cell is NULL. */
    private String pieces(String cell) {
        String split = dialect == Dialect.DUCKDB ? "string_split(coalesce(" + cell + ", ''), ';')"
                : "split(coalesce(" + cell + ", ''), ';')";
        return filter(split, "p", "timeline_text(p) IS NOT NULL");
    }

    private String filter(String list, String x, String condition) {
        return dialect == Dialect.DUCKDB ? "list_filter(" + list + ", lambda " + x + ": " + condition + ")"
                : "filter(" + list + ", " + x + " -> " + condition + ")";
    }

    private String transform(String list, String x, String expression) {
        return dialect == Dialect.DUCKDB ? "list_transform(" + list + ", lambda " + x + ": " + expression + ")"
                : "transform(" + list + ", " + x + " -> " + expression + ")";
    }

    private String concat(List<String> lists) {
        return dialect == Dialect.DUCKDB ? "flatten([" + String.join(", ", lists) + "])"
                : "concat(" + String.join(", ", lists) + ")";
    }

    private String array(List<String> items) {
        return dialect == Dialect.DUCKDB ? "[" + String.join(", ", items) + "]"
                : "array(" + String.join(", ", items) + ")";
    }

    private String nullText() {
        return "CAST(NULL AS " + (dialect == Dialect.DUCKDB ? "VARCHAR" : "STRING") + ")";
    }

    /** A struct of {@code name, value, name, value, …}. */
    private String struct(List<String> fields) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < fields.size(); i += 2) {
            parts.add(dialect == Dialect.DUCKDB ? "'" + fields.get(i) + "': " + fields.get(i + 1)
                    : "'" + fields.get(i) + "', " + fields.get(i + 1));
        }
        return dialect == Dialect.DUCKDB ? "{" + String.join(", ", parts) + "}"
                : "named_struct(" + String.join(", ", parts) + ")";
    }

    /**
     * The event of one selected row: {@code cells} the raw cells of {@link #select()}'s raw columns, then the view's
     * id, date, start and end, which must be the event's.
     */
    Event event(String[] cells, String id, String date, LocalDate start, LocalDate end) {
        String[] row = new String[acled.width()];
        for (int k = 0; k < used.size(); k++) {
            row[used.get(k)] = cells[k];
        }
        Event event;
        try {
            event = acled.event(i -> i < row.length ? row[i] : null);
        } catch (IllegalArgumentException e) {
            throw new DataException(input, "event " + (id == null ? "without id" : "'" + id + "'") + ": "
                    + e.getMessage());
        }
        LocalDate earliest = event.date().span().isUnboundedStart() ? null : event.date().earliest();
        LocalDate latest = event.date().span().isUnboundedEnd() ? null : event.date().latest();
        if (!event.id().equals(id) || !event.date().toString().equals(date) || !Objects.equals(start, earliest)
                || !Objects.equals(end, latest)) {
            throw new DataException(input, "event '" + event.id() + "': the " + dialect + " engine read it as '" + id
                    + "' " + date + " (" + start + " to " + end + "), the native ACLED reader as " + event.date()
                    + "; expected the same: read this file with --engine native");
        }
        return event;
    }

    /**
     * Every actor the rows name, each once by id, as the native reader's index meets them: in file order, each
     * row's actor1, assoc_actor_1, actor2 and assoc_actor_2, each {@code ;}-separated name trimmed and known by its
     * slug; named as first met; of the kind actor1's (actor2's) inter code gives, a group for associated actors.
     *
     * @param rows the cells of {@link #actorColumns()} of every row, in file order
     */
    Map<String, Actor> actors(Iterable<String[]> rows) {
        Map<String, Actor> found = new LinkedHashMap<>();
        for (String[] row : rows) {
            for (int k = 0; k < 4; k++) {
                String cell = BigSource.Acled.text(row[k * 2]);
                if (cell == null) {
                    continue;
                }
                var kind = BigSource.Acled.kind(row[k * 2 + 1]); // null (a group) for the associated actors
                for (String piece : cell.split(";")) {
                    String name = piece.strip();
                    if (!name.isEmpty()) {
                        String actorId = Names.slug(name);
                        if (!found.containsKey(actorId)) {
                            found.put(actorId, new Actor(actorId, name, kind, null, null, null, null));
                        }
                    }
                }
            }
        }
        return Collections.unmodifiableMap(found);
    }

    /**
     * The raw columns {@link #actors} reads: actor1, inter1, assoc_actor_1, (none), actor2, inter2, assoc_actor_2,
     * (none).
     */
    String actorColumns() {
        return String.join(", ", cell("actor1"), cell("inter1"), cell("assoc_actor_1"), nullText(), cell("actor2"),
                cell("inter2"), cell("assoc_actor_2"), nullText());
    }
}
