package dev.timeline.engine;

import dev.timeline.index.BigSource;
import dev.timeline.model.Names;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBReadableVector;

/**
 * The functions {@link AcledView}'s view calls, in one DuckDB connection. Each does what the native ACLED mapping
 * does: as a SQL macro where SQL is exact (trimming Java's whitespace; ISO days at precision 1, 2 or 3; ACLED's six
 * type names; the slug of an ASCII name), and otherwise by calling that Java code ({@link BigSource.Acled},
 * {@link Names#slug}) as a DuckDB scalar function, which a bad cell makes fail with the native reader's message.
 */
final class DuckAcled {

    private DuckAcled() {
    }

    /**
     * Registers the functions in {@code connection}.
     *
     * @return the native reader's message for the last bad cell a function met (DuckDB reports a failure inside
     *     a streamed result without it), or null
     */
    static Supplier<String> register(Connection connection) throws SQLException {
        AtomicReference<String> bad = new AtomicReference<>();
        java1(connection, "timeline_java_slug", name -> name == null ? null : Names.slug(name));
        java1(connection, "timeline_java_acled_type", type -> {
            try {
                return BigSource.Acled.type(type);
            } catch (IllegalArgumentException e) {
                bad.set(e.getMessage());
                throw e;
            }
        });
        DuckDBFunctions.scalarFunction().withName("timeline_java_acled_date").withParameters(String.class,
                String.class).withReturnType(String.class).withFunction((String date, String precision) -> {
                    try {
                        return BigSource.Acled.date(date, precision);
                    } catch (IllegalArgumentException e) {
                        bad.set(e.getMessage());
                        throw e;
                    }
                }).register(connection);
        DuckDBFunctions.scalarFunction().withName("timeline_acled_country").withParameters(String.class,
                String.class, String.class).withReturnType(String.class).withVectorizedFunction((in, out) -> {
                    DuckDBReadableVector iso3 = in.vector(0);
                    DuckDBReadableVector iso = in.vector(1);
                    DuckDBReadableVector country = in.vector(2);
                    for (long i = 0; i < in.rowCount(); i++) {
                        String code = BigSource.Acled.country(string(iso3, i), string(iso, i), string(country, i));
                        if (code == null) {
                            out.setNull(i);
                        } else {
                            out.setString(i, code);
                        }
                    }
                }).register(connection);
        String ws = AcledView.WHITESPACE;
        StringBuilder types = new StringBuilder("CASE x");
        for (String name : AcledView.TYPE_NAMES) {
            types.append(" WHEN ").append(Dialect.DUCKDB.literal(name)).append(" THEN ")
                    .append(Dialect.DUCKDB.literal(BigSource.Acled.type(name)));
        }
        types.append(" ELSE timeline_java_acled_type(x) END");
        String day = "CAST(d AS DATE)";
        try (Statement statement = connection.createStatement()) {
            for (String macro : new String[] {
                // String.strip, and null for a blank cell: Fields.text
                "timeline_text(x) AS nullif(regexp_replace(x, '^" + ws + "+|" + ws + "+$', '', 'g'), '')",
                // Names.slug: for ASCII, runs of anything but letters and digits are one space, trimmed, lower case
                "timeline_slug(x) AS CASE WHEN x IS NULL THEN NULL WHEN strlen(x) = length(x) THEN "
                        + "coalesce(nullif(replace(lower(trim(regexp_replace(x, '[^A-Za-z0-9]+', ' ', 'g'))), ' ', "
                        + "'-'), ''), 'unnamed') ELSE timeline_java_slug(x) END",
                "timeline_acled_type(x) AS " + types,
                // a valid ISO day at precision 1 (or none), 2 or 3 as the cells are, else the Java mapping
                "timeline_acled_date(d, p) AS CASE WHEN regexp_full_match(coalesce(d, ''), '[12][0-9]{3}-[0-9]{2}"
                        + "-[0-9]{2}') AND try_cast(d AS DATE) IS NOT NULL AND coalesce(p, '') IN ('', '1', '2', '3') "
                        + "THEN CASE coalesce(p, '') WHEN '2' THEN concat(strftime(" + day + " - 3, '%Y-%m-%d'), '/', "
                        + "strftime(" + day + " + 3, '%Y-%m-%d')) WHEN '3' THEN substr(d, 1, 7) ELSE d END "
                        + "ELSE timeline_java_acled_date(d, p) END",
                // the span of the EDTF an ACLED row gets: YYYY-MM-DD, YYYY-MM-DD/YYYY-MM-DD or YYYY-MM
                "timeline_start(e) AS CASE WHEN length(e) = 7 THEN CAST(concat(e, '-01') AS DATE) "
                        + "ELSE CAST(substr(e, 1, 10) AS DATE) END",
                "timeline_end(e) AS CASE WHEN length(e) = 7 THEN last_day(CAST(concat(e, '-01') AS DATE)) "
                        + "WHEN length(e) = 21 THEN CAST(substr(e, 12, 10) AS DATE) ELSE CAST(e AS DATE) END"}) {
                statement.execute("CREATE MACRO " + macro);
            }
        }
        return bad::get;
    }

    private static void java1(Connection connection, String name, Function<String, String> function)
            throws SQLException {
        DuckDBFunctions.scalarFunction().withName(name).withParameter(String.class).withReturnType(String.class)
                .withFunction(function).register(connection);
    }

    private static String string(DuckDBReadableVector vector, long row) {
        return vector.isNull(row) ? null : vector.getString(row);
    }
}
