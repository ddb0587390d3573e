package dev.timeline.engine;

import dev.timeline.io.DataException;
import java.sql.SQLException;

/** How DuckDB's errors reach people: one line naming the input, DuckDB's own first line as the reason. */
final class Duck {

    private Duck() {
    }

    static DataException failure(String input, SQLException e) {
        return new DataException(input, "DuckDB: " + message(e));
    }

    /** The first line of DuckDB's message, without the "LINE 1: …" context it adds. */
    static String message(SQLException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int line = text.indexOf('\n');
        return line < 0 ? text : text.substring(0, line).strip();
    }
}
