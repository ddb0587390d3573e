package dev.timeline.engine;

import dev.timeline.io.DataException;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.Names;
import dev.timeline.query.ActorResolver;
import dev.timeline.query.EventStore;
import dev.timeline.query.Query;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An input read by an in-process DuckDB ({@code jdbc:duckdb:}, in memory): the input is the view {@code events}
 * of the engine contract ({@link DuckInput}), a query is {@link SqlCompiler#sql} of its {@link Plan}, and the rows
 * stream back as events ({@link DuckRows}) through a streaming result set, a fetch at a time: DuckDB sorts out of
 * core, and this process holds one fetch, never the result.
 *
 * <p>Names resolve like the native big-file store's: the distinct actors of the relation, each known by its id and
 * name, in a resolver that ties actors to countries when the input does ({@link DuckInput#countries()}).
 */
public final class DuckStore implements EventStore {

    /** Rows per fetch from DuckDB's streaming result. */
    static final int FETCH = 2048;

    private final DuckInput input;
    private final Connection connection;
    private final DuckRows rows;
    private final Dataset header;
    private final List<Statement> open = new ArrayList<>();
    private Map<String, Actor> actorsById;
    /** The native reader's message for the last bad ACLED cell DuckDB met, or null. */
    private final java.util.function.Supplier<String> badCell;

    private DuckStore(DuckInput input, Connection connection, java.util.function.Supplier<String> badCell) {
        this.input = input;
        this.connection = connection;
        this.badCell = badCell;
        this.rows = new DuckRows(input.name());
        String file = Path.of(input.name()).getFileName() == null ? input.name()
                : Path.of(input.name()).getFileName().toString();
        this.header = new Dataset(Names.slug(file), null, file, "Events read from " + input.name(), List.of(),
                List.of());
    }

    /**
     * Opens {@code data} (a path or a glob, as typed) in a new in-memory DuckDB; its view is checked (columns
     * present) before it returns.
     *
     * @throws DataException when nothing matches, the format is not one DuckDB reads here, or columns are missing
     */
    public static DuckStore open(String data) {
        Connection connection = connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET temp_directory = " + Dialect.DUCKDB.literal(
                    Path.of(System.getProperty("java.io.tmpdir"), "timeline-duckdb").toString()));
            DuckInput input = DuckInput.of(data, statement);
            return new DuckStore(input, connection, input.createView(statement));
        } catch (SQLException e) {
            close(connection);
            throw Duck.failure(data, e);
        } catch (RuntimeException e) {
            close(connection);
            throw e;
        }
    }

    /** A new in-memory DuckDB connection whose results stream. */
    static Connection connect() {
        Properties properties = new Properties();
        properties.setProperty("jdbc_stream_results", "true");
        try {
            return DriverManager.getConnection("jdbc:duckdb:", properties);
        } catch (SQLException e) {
            throw new DataException("duckdb", "cannot start the embedded DuckDB: " + Duck.message(e));
        }
    }

    /** The SQL this store runs for {@code query}. */
    public static String sql(Query query) {
        return SqlCompiler.sql(Plan.of(query), Dialect.DUCKDB);
    }

    @Override
    public Dataset dataset() {
        return header;
    }

    @Override
    public synchronized Map<String, Actor> actorsById() {
        if (actorsById == null && input.actors() != null) {
            Map<String, Actor> found = new LinkedHashMap<>();
            input.actors().forEach(a -> found.put(a.id(), a));
            actorsById = Collections.unmodifiableMap(found);
        }
        if (actorsById == null && input.acled() != null) {
            // in file order, as the native index meets them (a plain scan keeps DuckDB's insertion order)
            String sql = "SELECT " + input.acled().actorColumns() + " FROM timeline_acled_raw";
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(FETCH);
                try (ResultSet r = statement.executeQuery(sql)) {
                    actorsById = input.acled().actors(() -> new Iterator<>() {
                        private Boolean ahead;

                        @Override
                        public boolean hasNext() {
                            try {
                                if (ahead == null) {
                                    ahead = r.next();
                                }
                                return ahead;
                            } catch (SQLException e) {
                                throw failure(e);
                            }
                        }

                        @Override
                        public String[] next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            ahead = null;
                            try {
                                String[] cells = new String[8];
                                for (int i = 0; i < cells.length; i++) {
                                    cells[i] = r.getString(i + 1);
                                }
                                return cells;
                            } catch (SQLException e) {
                                throw failure(e);
                            }
                        }
                    });
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        if (actorsById == null) {
            Map<String, Actor> found = new LinkedHashMap<>();
            String sql = "SELECT a.id, min(a.name) FROM (SELECT unnest(actors) AS a FROM events) "
                    + "WHERE a.id IS NOT NULL GROUP BY a.id ORDER BY a.id";
            try (Statement statement = connection.createStatement(); ResultSet r = statement.executeQuery(sql)) {
                while (r.next()) {
                    String id = r.getString(1);
                    String name = r.getString(2);
                    found.put(id, new Actor(id, name == null ? id : name, ActorKind.GROUP, null, null, null, null));
                }
            } catch (SQLException e) {
                throw failure(e);
            }
            actorsById = Collections.unmodifiableMap(found);
        }
        return actorsById;
    }

    @Override
    public List<Actor> actors() {
        return List.copyOf(actorsById().values());
    }

    @Override
    public ActorResolver resolver() {
        return input.countries() ? ActorResolver.coveringCountries(actors()) : new ActorResolver(actors());
    }

    @Override
    public Optional<Event> event(String id) {
        String sql = "SELECT " + columns() + " FROM events WHERE id = ? ORDER BY "
                + SqlCompiler.orderBy(Plan.of(Query.ALL), Dialect.DUCKDB) + " LIMIT 1";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            try (ResultSet r = statement.executeQuery()) {
                return r.next() ? Optional.of(event(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<String> eventIds() {
        return List.of(); // as for a big file: millions of ids are no help in a "did you mean"
    }

    @Override
    public Iterable<Event> query(Query query) {
        Plan plan = Plan.of(query);
        return () -> new Rows(plan, SqlCompiler.sql(plan, Dialect.DUCKDB, columns()));
    }

    /** Every event, in the relation's order (the file's for one file; DuckDB's scan order for a glob). */
    @Override
    public void forEachStored(Consumer<Event> action) {
        new Rows(Plan.of(Query.ALL), "SELECT " + columns() + " FROM events")
                .forEachRemaining(action);
    }

    @Override
    public synchronized void close() throws IOException {
        for (Statement statement : open) {
            try {
                statement.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        open.clear();
        close(connection);
    }

    /** A failure of DuckDB as one line: a bad ACLED cell's own message when that was the cause. */
    private DataException failure(SQLException e) {
        String bad = badCell.get();
        return bad != null ? new DataException(input.name(), bad) : Duck.failure(input.name(), e);
    }

    /** What a query selects: the contract's columns, or for ACLED the raw cells the native mapping reads. */
    private String columns() {
        return input.acled() != null ? input.acled().select() : SqlCompiler.columns(Dialect.DUCKDB);
    }

    /** The event of the current row of a query of {@link #columns()}. */
    private Event event(ResultSet r) throws SQLException {
        AcledView acled = input.acled();
        if (acled == null) {
            return rows.event(r);
        }
        int n = acled.rawCount();
        String[] cells = new String[n];
        for (int i = 0; i < n; i++) {
            cells[i] = r.getString(i + 1);
        }
        return acled.event(cells, r.getString(n + 1), r.getString(n + 2), r.getObject(n + 3, LocalDate.class),
                r.getObject(n + 4, LocalDate.class));
    }

    /** The connection, for the Parquet export of a query over this store. */
    Connection connection() {
        return connection;
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing left to do with it
        }
    }

    /** The rows of one query, as events; the plan's re-check and its limit applied here when SQL cannot. */
    private final class Rows implements Iterator<Event> {
        private final Statement statement;
        private final ResultSet result;
        private final Predicate<Event> recheck;
        private final int limit;
        private int given;
        private Event next;
        private boolean done;

        /** Whether a row the matcher refuses is an error: SQL was exact (ACLED rows are checked all the same). */
        private final boolean exact;

        Rows(Plan plan, String sql) {
            this.recheck = plan.recheck() || input.acled() != null ? plan.matcher() : null;
            this.exact = !plan.recheck();
            this.limit = plan.recheck() ? plan.limit() : 0;
            try {
                statement = connection.createStatement();
                synchronized (DuckStore.this) {
                    open.add(statement);
                }
                statement.setFetchSize(FETCH);
                result = statement.executeQuery(sql);
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done) {
                return false;
            }
            try {
                while (result.next()) {
                    Event event = event(result);
                    boolean match = recheck == null || recheck.test(event);
                    if (!match && exact) {
                        // the SQL of an exact plan selected what the native predicate does not: never a quiet answer
                        throw new DataException(input.name(), "event '" + event.id() + "': the duckdb engine "
                                + "selected it, the native engine would not; expected the same: use --engine native");
                    }
                    if (match) {
                        given++;
                        next = event;
                        if (limit > 0 && given >= limit) {
                            finish();
                        }
                        return true;
                    }
                }
                finish();
                return false;
            } catch (SQLException e) {
                finish();
                throw failure(e);
            }
        }

        @Override
        public Event next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Event out = next;
            next = null;
            return out;
        }

        private void finish() {
            done = true;
            try {
                statement.close();
            } catch (SQLException e) {
                // the rows were read
            }
            synchronized (DuckStore.this) {
                open.remove(statement);
            }
        }
    }
}
