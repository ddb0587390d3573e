package dev.timeline.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.timeline.io.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Shared plumbing for reports: CSV with a header (RFC 4180) and pretty JSON generators. */
final class Reports {

    private static final CsvFactory CSV = new CsvFactory();

    private Reports() {
    }

    /** Writes {@code rows} under {@code headers} as RFC 4180 CSV; formula triggers neutralised when asked. */
    static void csv(List<String> headers, List<List<String>> rows, boolean escapeFormulas, Writer out)
            throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        headers.forEach(schema::addColumn);
        try (CsvGenerator csv = (CsvGenerator) CSV.createGenerator(out)) {
            csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            csv.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
            csv.setSchema(schema.setUseHeader(true).setLineSeparator("\r\n").build());
            for (List<String> row : rows) {
                csv.writeStartArray();
                for (String cell : row) {
                    csv.writeString(escapeFormulas ? CsvFormatter.neutralize(cell) : cell);
                }
                csv.writeEndArray();
            }
        }
    }

    /** A JSON generator in the project's output layout (two-space indent, "key": value). */
    static JsonGenerator json(Writer out) throws IOException {
        JsonGenerator json = Json.FACTORY.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(Json.prettyPrinter("  "));
        return json;
    }
}
