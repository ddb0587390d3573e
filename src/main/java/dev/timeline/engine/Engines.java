package dev.timeline.engine;

import dev.timeline.query.EventStore;
import dev.timeline.query.QueryException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Chooses the engine of a run: {@code --engine} when given, else DuckDB for Parquet (told by its {@code PAR1}
 * magic, or a glob, which only DuckDB and Spark expand) and the native engine for everything else. The DuckDB
 * classes are named only from the method that opens a DuckDB store, so a run on the native engine never loads them.
 */
public final class Engines {

    private Engines() {
    }

    /** The engine that reads {@code data} when {@code --engine} is not given. */
    public static Engine defaultFor(Path data) {
        String name = data.toString();
        return DuckInput.isGlob(name) && !java.nio.file.Files.exists(data) || DuckInput.isParquet(data)
                ? Engine.DUCKDB : Engine.NATIVE;
    }

    /**
     * Opens {@code data} on {@code engine} (null: {@link #defaultFor}); {@code nativeStore} opens it natively.
     *
     * @throws QueryException when the engine is not available in this build
     */
    public static EventStore open(Path data, Engine engine, Supplier<EventStore> nativeStore) {
        Engine chosen = engine == null ? defaultFor(data) : engine;
        return switch (chosen) {
            case NATIVE -> nativeStore.get();
            case DUCKDB -> duck(data.toString());
            // chosen before any file is opened (TimelineCommand: Spark reads the path as typed, s3a:// included)
            case SPARK -> throw new IllegalStateException("--engine spark opens through the Spark input");
        };
    }

    /** Refuses an engine other than native for the bundled dataset, which is no file an engine could read. */
    public static void checkBundled(Engine engine) {
        if (engine != null && engine != Engine.NATIVE) {
            throw new QueryException("--engine " + engine + " reads --data FILE (Parquet, JSON Lines or ACLED "
                    + "CSV); the bundled dataset is read by the native engine");
        }
    }

    private static EventStore duck(String data) {
        return DuckStore.open(data);
    }
}
