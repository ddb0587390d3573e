package dev.timeline.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.timeline.io.DataException;
import dev.timeline.io.Json;
import dev.timeline.model.Actor;
import java.io.StringWriter;
import java.util.Map;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code export --format parquet}: events already written as JSON Lines in the export shape become a Parquet file
 * through DuckDB's {@code COPY (SELECT …) TO … (FORMAT parquet)}, with the contract's columns ({@code start} and
 * {@code end} as DATE) in the order given. The file is written beside the target under a temporary name and moved
 * over it at the end, so a reader sees the old file or the new one, never a part, as {@code io.AtomicFile} does.
 * Whether the events' actors are tied to countries (an ACLED or GDELT input) goes into the file's key-value
 * metadata, so that reading it back resolves names as the input did.
 */
public final class ParquetExport {

    private ParquetExport() {
    }

    /**
     * {@code [["id","name","partOf","kind","country"],…]}: each actor with what resolving names needs (what it is
     * part of, for {@code --actor} to reach its parts; its kind and country, for the country rule); null where it
     * has none.
     */
    static String json(Map<String, Actor> actors) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.writeStartArray();
            for (Actor actor : actors.values()) {
                json.writeStartArray();
                json.writeString(actor.id());
                json.writeString(actor.name());
                json.writeString(actor.partOf());
                json.writeString(actor.kind().id());
                json.writeString(actor.country());
                json.writeEndArray();
            }
            json.writeEndArray();
        }
        return out.toString();
    }

    /**
     * Writes the events of {@code jsonLines} (what {@code export --format jsonl} writes) to {@code target}.
     *
     * @param countries whether {@code --actor COUNTRY} covers the actors tied to that country in these events
     * @param actors    every actor the events name and what they are part of, by id: kept in the file's metadata, so that a
     *                  query on it resolves names without scanning every row's actors
     * @throws DataException when the folder cannot be written or DuckDB fails, naming the target
     */
    public static void write(Path jsonLines, Path target, boolean countries, Map<String, Actor> actors) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new DataException(target.toString(), "is not a regular file; Parquet is written to a file "
                    + "(-o FILE.parquet), which it replaces");
        }
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        try (Connection connection = DuckStore.connect(); Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT " + SqlCompiler.columns(Dialect.DUCKDB) + " FROM read_json("
                    + Dialect.DUCKDB.literal(jsonLines.toString()) + ", format = 'newline_delimited', columns = "
                    + DuckInput.JSON_COLUMNS + ")) TO " + Dialect.DUCKDB.literal(temporary.toString())
                    + " (FORMAT parquet, KV_METADATA {" + Dialect.DUCKDB.literal(DuckInput.COUNTRIES_KEY) + ": "
                    + Dialect.DUCKDB.literal(Boolean.toString(countries)) + ", "
                    + Dialect.DUCKDB.literal(DuckInput.ACTORS_KEY) + ": " + Dialect.DUCKDB.literal(json(actors))
                    + "})");
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException e) {
            throw Duck.failure(target.toString(), e);
        } catch (IOException e) {
            throw new DataException(target.toString(), "cannot write: " + DataException.why(e));
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // nothing more to do: the target is as it was
            }
        }
    }
}
