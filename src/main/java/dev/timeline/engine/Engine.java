package dev.timeline.engine;

import dev.timeline.model.Coded;

/** The engines a query runs on, as {@code --engine} names them. */
public enum Engine implements Coded {
    /** The in-memory timeline and the native big-file index. */
    NATIVE("native"),
    /** An embedded DuckDB, in process (Parquet, globs, JSON Lines, ACLED CSV), out of core. */
    DUCKDB("duckdb"),
    /** Spark SQL, provided by the cluster or SPARK_HOME. */
    SPARK("spark");

    private final String id;

    Engine(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
