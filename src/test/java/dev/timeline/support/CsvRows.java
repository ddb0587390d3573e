package dev.timeline.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Rows of a CSV file read independently of the project's readers, for tests that check them. */
public final class CsvRows {

    private CsvRows() {
    }

    /** A small RFC 4180 reader: quoted fields with commas, quotes and line breaks. */
    public static List<List<String>> read(Path file) throws IOException {
        List<List<String>> rows = new java.util.ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> row = new java.util.ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            in.reset();
                        }
                    } else {
                        cell.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n') {
                    row.add(cell.toString().replace("\r", ""));
                    cell.setLength(0);
                    rows.add(row);
                    row = new java.util.ArrayList<>();
                } else {
                    cell.append((char) c);
                }
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
        }
        return rows;
    }
}
