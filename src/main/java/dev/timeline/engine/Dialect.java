package dev.timeline.engine;

import dev.timeline.model.Coded;

/** The SQL dialects a {@link Plan} compiles to: how names and strings are quoted, how a list is searched. */
public enum Dialect implements Coded {
    /** DuckDB (1.3 and later: {@code lambda x: …} list lambdas). */
    DUCKDB("duckdb"),
    /** Spark SQL (3.x and 4.x: {@code exists(array, x -> …)}, backslash escapes in string literals). */
    SPARK("spark");

    private final String id;

    Dialect(String id) {
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

    /** A column or field name, quoted ({@code end} and {@code date} are keywords in both). */
    String name(String name) {
        return this == DUCKDB ? "\"" + name + "\"" : "`" + name + "`";
    }

    /** A string literal: DuckDB doubles a quote; Spark reads backslash escapes, so both are escaped. */
    String literal(String text) {
        if (this == DUCKDB) {
            return "'" + text.replace("'", "''") + "'";
        }
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** True when some element {@code x} of the list {@code list} satisfies {@code condition} (written over x). */
    String exists(String list, String condition) {
        return this == DUCKDB ? "len(list_filter(" + list + ", lambda x: " + condition + ")) > 0"
                : "exists(" + list + ", x -> " + condition + ")";
    }

    /** Whether {@code text} (not null) is plain ASCII: as many bytes as characters in UTF-8. */
    String ascii(String text) {
        return this == DUCKDB ? "strlen(" + text + ") = length(" + text + ")"
                : "octet_length(" + text + ") = char_length(" + text + ")";
    }

    /** Whether {@code text} contains {@code part}. */
    String contains(String text, String part) {
        return this == DUCKDB ? "contains(" + text + ", " + part + ")" : "instr(" + text + ", " + part + ") > 0";
    }

    /** A date literal. */
    String date(java.time.LocalDate day) {
        return "DATE '" + day + "'";
    }
}
