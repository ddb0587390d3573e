package dev.timeline.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a {@link Plan} as one SQL query over the relation {@code events} (the columns of the engine contract:
 * {@code id, date, start, end, type, title, summary, actors, place, fatalities, sources, tags}). The query
 * selects those columns, in that order, filtered and ordered as the native engine does ({@code Timeline.ORDER}:
 * earliest day with an open start first, then latest day with an open end last, then the EDTF text, then the id;
 * all reversed for {@code -date}). The limit is in the SQL only when the plan is exact ({@link Plan#sqlLimit()}).
 *
 * <p>Text filters compare {@link dev.timeline.model.Names#normalize normalised} text. For ASCII text that
 * normalisation is {@code trim(lower(regexp_replace(t, '[^A-Za-z0-9]+', ' ')))} exactly; a value with any other
 * character is let through for {@link Plan#matcher()} to decide, so the SQL never drops an event the native engine
 * keeps.
 */
public final class SqlCompiler {

    /** The contract's columns, in the order every engine selects them. */
    public static final List<String> COLUMNS = List.of("id", "date", "start", "end", "type", "title", "summary",
            "actors", "place", "fatalities", "sources", "tags");

    private SqlCompiler() {
    }

    /** The whole query: SELECT the contract's columns FROM events WHERE … ORDER BY … [LIMIT n]. */
    public static String sql(Plan plan, Dialect dialect) {
        return sql(plan, dialect, columns(dialect));
    }

    /**
     * The query of {@link #sql(Plan, Dialect)} selecting {@code columns} instead of the contract's: the engines
     * select the raw cells of an ACLED CSV beside them ({@link AcledView}); the rows, conditions and order are the
     * same.
     */
    public static String sql(Plan plan, Dialect dialect, String columns) {
        StringBuilder sql = new StringBuilder("SELECT ").append(columns).append("\nFROM events");
        String where = where(plan, dialect);
        if (!where.isEmpty()) {
            sql.append("\nWHERE ").append(where);
        }
        sql.append("\nORDER BY ").append(orderBy(plan, dialect));
        if (plan.sqlLimit() > 0) {
            sql.append("\nLIMIT ").append(plan.sqlLimit());
        }
        return sql.toString();
    }

    /**
     * {@code sql}, a query of {@link #sql(Plan, Dialect)}, selecting {@code columns} instead of the contract's; any
     * other query (such as {@code SELECT *}) as it is.
     */
    public static String reselect(String sql, Dialect dialect, String columns) {
        String contract = "SELECT " + columns(dialect) + "\n";
        return sql.startsWith(contract) ? "SELECT " + columns + "\n" + sql.substring(contract.length()) : sql;
    }

    /** The contract's columns, quoted, comma-separated. */
    public static String columns(Dialect dialect) {
        return COLUMNS.stream().map(dialect::name).collect(Collectors.joining(", "));
    }

    /** The order of {@code Timeline.ORDER} (reversed for a descending plan). */
    public static String orderBy(Plan plan, Dialect d) {
        String start = d.name("start");
        String end = d.name("end");
        String date = d.name("date");
        String id = d.name("id");
        return plan.descending()
                ? start + " DESC NULLS LAST, " + end + " DESC NULLS FIRST, " + date + " DESC, " + id + " DESC"
                : start + " ASC NULLS FIRST, " + end + " ASC NULLS LAST, " + date + " ASC, " + id + " ASC";
    }

    /** The conditions of {@code plan} joined by AND, one a line; empty when it has none. */
    public static String where(Plan plan, Dialect d) {
        List<String> all = new ArrayList<>();
        for (Plan.DateBound bound : plan.dates()) {
            all.add(date(bound, d));
        }
        if (plan.actorsImpossible()) {
            all.add("FALSE");
        } else if (!plan.actorIds().isEmpty() || !plan.roles().isEmpty()) {
            List<String> each = new ArrayList<>();
            if (!plan.actorIds().isEmpty()) {
                each.add("x." + d.name("id") + " IN " + list(plan.actorIds(), d));
            }
            if (!plan.roles().isEmpty()) {
                each.add(coded("x." + d.name("role"), "'participant'") + " IN " + list(plan.roles(), d));
            }
            all.add(d.exists(d.name("actors"), String.join(" AND ", each)));
        }
        for (var ids : plan.withAll()) {
            all.add(ids.isEmpty() ? "FALSE" : d.exists(d.name("actors"), "x." + d.name("id") + " IN " + list(ids, d)));
        }
        if (!plan.types().isEmpty()) {
            all.add(coded(d.name("type"), "''") + " IN " + list(plan.types(), d));
        }
        if (!plan.tags().isEmpty()) {
            all.add(d.exists(d.name("tags"), "x IS NOT NULL AND (NOT (" + d.ascii("x") + ") OR " + normal("x", d)
                    + " IN " + list(plan.tags(), d) + ")"));
        }
        if (!plan.places().isEmpty()) {
            all.add(places(plan, d));
        }
        if (!plan.outlets().isEmpty()) {
            String outlet = "x." + d.name("outlet");
            all.add(d.exists(d.name("sources"), outlet + " IS NOT NULL AND (NOT (" + d.ascii(outlet) + ") OR "
                    + words(outlet, plan.outlets(), " OR ", d) + ")"));
        }
        if (!plan.words().isEmpty()) {
            String text = "concat(coalesce(" + d.name("title") + ", ''), ' ', coalesce(" + d.name("summary")
                    + ", ''))";
            all.add("(NOT (" + d.ascii(text) + ") OR " + words(text, plan.words(), " AND ", d) + ")");
        }
        return all.stream().map(c -> all.size() > 1 ? "(" + c + ")" : c).collect(Collectors.joining("\n  AND "));
    }

    /** The span [start, end] (NULL: open) against one bound, as DateCondition.test decides. */
    private static String date(Plan.DateBound bound, Dialect d) {
        if (bound.empty()) {
            return "FALSE";
        }
        String start = d.name("start");
        String end = d.name("end");
        List<String> parts = new ArrayList<>();
        if (bound.within()) {
            if (bound.from() != null) {
                parts.add(start + " IS NOT NULL AND " + start + " >= " + d.date(bound.from()));
            }
            if (bound.to() != null) {
                parts.add(end + " IS NOT NULL AND " + end + " <= " + d.date(bound.to()));
            }
        } else {
            if (bound.from() != null) {
                parts.add("(" + end + " IS NULL OR " + end + " >= " + d.date(bound.from()) + ")");
            }
            if (bound.to() != null) {
                parts.add("(" + start + " IS NULL OR " + start + " <= " + d.date(bound.to()) + ")");
            }
        }
        return parts.isEmpty() ? "TRUE" : String.join(" AND ", parts);
    }

    private static String places(Plan plan, Dialect d) {
        String place = d.name("place");
        String name = place + "." + d.name("name");
        String country = place + "." + d.name("country");
        return place + " IS NOT NULL AND (" + country + " IN " + list(plan.places(), d) + " OR (" + name
                + " IS NOT NULL AND (NOT (" + d.ascii(name) + ") OR " + words(name, plan.places(), " OR ", d) + ")))";
    }

    /** Whether the normalised {@code text} holds each (or any) of {@code terms} between word boundaries. */
    private static String words(String text, Collection<String> terms, String joiner, Dialect d) {
        String padded = "concat(' ', " + normal(text, d) + ", ' ')";
        return "(" + terms.stream().map(t -> d.contains(padded, d.literal(" " + t + " ")))
                .collect(Collectors.joining(joiner)) + ")";
    }

    /** {@code Names.normalize} of an ASCII {@code text}. */
    private static String normal(String text, Dialect d) {
        return d == Dialect.DUCKDB ? "trim(lower(regexp_replace(" + text + ", '[^A-Za-z0-9]+', ' ', 'g')))"
                : "trim(lower(regexp_replace(" + text + ", '[^A-Za-z0-9]+', ' ')))";
    }

    /** A type or role id as {@code Coded.lookup} reads it: blanks trimmed, case ignored, '_' for '-'. */
    private static String coded(String column, String orElse) {
        return "lower(replace(trim(coalesce(" + column + ", " + orElse + ")), '_', '-'))";
    }

    private static String list(Collection<String> values, Dialect d) {
        return values.stream().map(d::literal).collect(Collectors.joining(", ", "(", ")"));
    }
}
