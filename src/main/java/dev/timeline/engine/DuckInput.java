package dev.timeline.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.timeline.index.BigSource;
import dev.timeline.input.InputFormat;
import dev.timeline.io.DataException;
import dev.timeline.io.Json;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What DuckDB reads as the {@code events} relation: Parquet (a file or a glob such as {@code lake/*.parquet}, with
 * the contract's columns, as {@code export --format parquet} writes them), JSON Lines in the export shape (read
 * with an explicit schema), or one ACLED CSV file (its cells read as text and mapped as the native reader maps them:
 * {@link AcledView}). Other formats (GDELT, UCDP, ICEWS, dataset JSON) are refused with one line: their native
 * mappings are not reproduced in SQL, and an approximation would give other answers than the native engine; they
 * convert with {@code export --format parquet}.
 *
 * @param name      the path or glob as given, for messages
 * @param parquet   Parquet, else JSON Lines
 * @param countries whether actors are tied to countries ({@code ActorResolver.coveringCountries}): JSON Lines
 *                  never (as the native reader), Parquet as its {@code timeline.countries} metadata says, else yes
 * @param actors    every actor of the input, from the metadata of a Parquet file export wrote; null when the rows
 *                  must be scanned for them (JSON Lines, a glob, a file from elsewhere, ACLED)
 * @param acled     the mapping of an ACLED CSV, else null
 * @param skip      for ACLED, the lines before its records (the header, and an HXL hashtag row if any)
 */
record DuckInput(String name, boolean parquet, boolean countries, List<Actor> actors, AcledView acled, int skip) {

    /** The Parquet key-value metadata entry that says whether the events' actors are tied to countries. */
    static final String COUNTRIES_KEY = "timeline.countries";
    /** The Parquet key-value metadata entry with every actor's id and name ({@code [["id","name"],…]}). */
    static final String ACTORS_KEY = "timeline.actors";

    static final String JSON_COLUMNS = "{id: 'VARCHAR', date: 'VARCHAR', start: 'DATE', \"end\": 'DATE', "
            + "type: 'VARCHAR', title: 'VARCHAR', summary: 'VARCHAR', "
            + "actors: 'STRUCT(id VARCHAR, name VARCHAR, role VARCHAR)[]', "
            + "place: 'STRUCT(name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE)', fatalities: 'INTEGER', "
            + "sources: 'STRUCT(outlet VARCHAR, published VARCHAR, title VARCHAR, url VARCHAR)[]', "
            + "tags: 'VARCHAR[]'}";

    /** Whether {@code data} holds glob characters (DuckDB expands them). */
    static boolean isGlob(String data) {
        return data.indexOf('*') >= 0 || data.indexOf('?') >= 0 || data.indexOf('[') >= 0;
    }

    /** Whether the regular file {@code path} starts with Parquet's magic, {@code PAR1}; false when unreadable. */
    static boolean isParquet(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1';
        } catch (IOException e) {
            return false;
        }
    }

    /** The first file {@code glob} matches, in name order (a glob that matches nothing is an error). */
    static Path first(Statement statement, String glob) throws SQLException {
        try (ResultSet r = statement.executeQuery("SELECT file FROM glob(" + Dialect.DUCKDB.literal(glob)
                + ") ORDER BY file LIMIT 1")) {
            if (!r.next()) {
                throw new DataException(glob, "no file matches this pattern; expected a path or a glob such as "
                        + "'lake/*.parquet'");
            }
            return Path.of(r.getString(1));
        }
    }

    /**
     * Creates the view {@code events} over this input, checking that a Parquet input has the contract's columns.
     *
     * @return for ACLED, the native reader's message for the last bad cell met ({@link DuckAcled#register}); else a
     *     supplier of null
     */
    java.util.function.Supplier<String> createView(Statement statement) throws SQLException {
        if (acled != null) {
            java.util.function.Supplier<String> bad = DuckAcled.register(statement.getConnection());
            StringBuilder columns = new StringBuilder();
            for (int i = 0; i < acled.acled().width(); i++) {
                columns.append(i == 0 ? "" : ", ").append("'").append(AcledView.raw(i)).append("': 'VARCHAR'");
            }
            // RFC 4180 as the native reader splits it: ',' between fields, '"' around one, '""' inside; every row
            // as wide as the header; records start after the header (and an HXL row), which are single lines
            String raw = "read_csv(" + Dialect.DUCKDB.literal(name) + ", auto_detect = false, delim = ',', "
                    + "quote = '\"', escape = '\"', header = false, skip = " + skip + ", columns = {" + columns + "}, "
                    + "null_padding = false, strict_mode = true)";
            statement.execute("CREATE VIEW events AS " + acled.view(raw));
            statement.execute("CREATE VIEW timeline_acled_raw AS SELECT * FROM " + raw);
            return bad;
        }
        String source = parquet ? "read_parquet(" + Dialect.DUCKDB.literal(name) + ")"
                : "read_json(" + Dialect.DUCKDB.literal(name) + ", format = 'newline_delimited', columns = "
                + JSON_COLUMNS + ")";
        if (parquet) {
            Set<String> present = new LinkedHashSet<>();
            try (ResultSet r = statement.executeQuery("DESCRIBE SELECT * FROM " + source)) {
                while (r.next()) {
                    present.add(r.getString(1));
                }
            }
            List<String> missing = new ArrayList<>(SqlCompiler.COLUMNS);
            missing.removeAll(present);
            if (!missing.isEmpty()) {
                throw new DataException(name, "a Parquet file without the column" + (missing.size() == 1 ? " " : "s ")
                        + String.join(", ", missing) + " of the events relation; expected the columns export "
                        + "--format parquet writes (" + String.join(", ", SqlCompiler.COLUMNS) + ")");
            }
        }
        StringBuilder columns = new StringBuilder();
        for (String column : SqlCompiler.COLUMNS) {
            String quoted = Dialect.DUCKDB.name(column);
            columns.append(columns.length() == 0 ? "" : ", ").append(column.equals("start") || column.equals("end")
                    ? "CAST(" + quoted + " AS DATE) AS " + quoted : quoted);
        }
        statement.execute("CREATE VIEW events AS SELECT " + columns + " FROM " + source);
        return () -> null;
    }

    /**
     * The input {@code data} names, recognised by content: Parquet by its magic, JSON Lines by a first line that
     * is an object; anything else is refused, naming what DuckDB reads.
     */
    static DuckInput of(String data, Statement statement) throws SQLException {
        Path file = isGlob(data) ? first(statement, data) : Path.of(data);
        if (!Files.exists(file)) {
            throw DataException.reading(data, new NoSuchFileException(data));
        }
        if (isParquet(file)) {
            Map<String, String> metadata = metadata(statement, file);
            return new DuckInput(data, true, !"false".equals(metadata.get(COUNTRIES_KEY)),
                    isGlob(data) ? null : actors(data, metadata.get(ACTORS_KEY)), null, 0);
        }
        if (!isGlob(data) && firstByte(file) == '{') {
            return new DuckInput(data, false, false, null, null, 0);
        }
        InputFormat.Layout acled = isGlob(data) ? null : AcledView.layout(file);
        if (acled != null) {
            // ACLED ties actors to countries ("Protesters (Iran)"), as the native reader's resolver does
            return new DuckInput(data, false, true, null, new AcledView(BigSource.Acled.of(acled.rows()), data,
                    Dialect.DUCKDB), acled.firstLine() - 1);
        }
        throw new DataException(data, "the duckdb engine reads Parquet (a file or a glob), JSON Lines in the "
                + "export shape and ACLED CSV, not this file; read it with --engine native, or convert it first: timeline export "
                + "--data FILE --format parquet -o FILE.parquet");
    }

    private static Map<String, String> metadata(Statement statement, Path file) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (ResultSet r = statement.executeQuery("SELECT decode(key), decode(value) FROM parquet_kv_metadata("
                + Dialect.DUCKDB.literal(file.toString()) + ")")) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        }
        return out;
    }

    static List<Actor> actors(String data, String json) {
        if (json == null) {
            return null;
        }
        List<Actor> actors = new ArrayList<>();
        try (JsonParser parser = Json.FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("not an array");
            }
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                // [id, name] as the first exports wrote it, or [id, name, partOf, kind, country]
                List<String> cells = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NULL || cells.size() == 5) {
                        throw new IOException("an actor is not [id, name, partOf, kind, country]");
                    }
                    cells.add(t == JsonToken.VALUE_NULL ? null : parser.getText());
                }
                while (cells.size() < 5) {
                    cells.add(null);
                }
                String id = cells.get(0);
                if (id == null) {
                    throw new IOException("an actor has no id");
                }
                ActorKind kind = cells.get(3) == null ? ActorKind.GROUP
                        : dev.timeline.model.Coded.lookup(ActorKind.class, cells.get(3)).orElseThrow(
                                () -> new IOException("actor '" + id + "' has the kind '" + cells.get(3) + "'"));
                actors.add(new Actor(id, cells.get(1) == null ? id : cells.get(1), kind, cells.get(4), null,
                        cells.get(2), null));
            }
        } catch (IOException e) {
            throw new DataException(data, "its " + ACTORS_KEY + " metadata is not [[id, name, partOf, kind, country], "
                    + "...]: "
                    + e.getMessage());
        }
        return actors;
    }

    private static int firstByte(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            int b = in.read();
            if (b == 0xEF) { // a UTF-8 byte order mark
                in.skip(2);
                b = in.read();
            }
            while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                b = in.read();
            }
            return b;
        } catch (IOException e) {
            throw DataException.reading(file.toString(), e);
        }
    }
}
