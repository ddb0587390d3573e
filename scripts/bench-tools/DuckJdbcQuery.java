import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * The baseline of scripts/bench-engines: DuckDB's JDBC driver alone, in one process, running the SQL that
 * `timeline sql --dialect duckdb` printed over a view `events` of a Parquet file, and writing every column of
 * every row to stdout as text (tab-separated), so that it does the work of fetching the same rows timeline does.
 * Usage: java -cp duckdb_jdbc.jar:DIR DuckJdbcQuery FILE.parquet QUERY.sql
 */
public final class DuckJdbcQuery {
    public static void main(String[] args) throws Exception {
        String sql = Files.readString(Path.of(args[1])).lines().filter(l -> !l.startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n").strip();
        if (sql.endsWith(";")) {
            sql = sql.substring(0, sql.length() - 1);
        }
        Properties properties = new Properties();
        properties.setProperty("jdbc_stream_results", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:", properties);
                Statement s = c.createStatement();
                Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            s.execute("CREATE VIEW events AS SELECT * FROM read_parquet('" + args[0].replace("'", "''") + "')");
            s.setFetchSize(2048);
            try (ResultSet r = s.executeQuery(sql)) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    for (int i = 1; i <= columns; i++) {
                        if (i > 1) {
                            out.write('\t');
                        }
                        out.write(String.valueOf(r.getObject(i)));
                    }
                    out.write('\n');
                }
            }
        }
    }
}
