package dev.timeline.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.timeline.model.Event;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV with the contract's columns (design.md): CRLF line ends, a header row, quotes only where needed.
 * Cells a spreadsheet would run as a formula are prefixed with {@code '} unless the context says otherwise.
 */
final class CsvFormatter implements Formatter {

    /** The contract's column order. Never reorder; new columns go at the end. */
    static final List<String> COLUMNS = List.of("id", "date", "start", "end", "type", "title", "actors", "place",
            "country", "fatalities", "sources", "summary");

    private static final CsvFactory FACTORY = new CsvFactory();

    private final FormatContext context;
    private final CsvSchema schema;

    CsvFormatter(FormatContext context) {
        this.context = context;
        CsvSchema.Builder builder = CsvSchema.builder();
        COLUMNS.forEach(builder::addColumn);
        this.schema = builder.setUseHeader(true).setLineSeparator("\r\n").build();
    }

    @Override
    public void write(Iterable<Event> events, Writer out) throws IOException {
        try (CsvGenerator csv = (CsvGenerator) FACTORY.createGenerator(out)) {
            csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            csv.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING); // quote only cells that need it
            csv.setSchema(schema);
            for (Event event : events) {
                csv.writeStartObject();
                cell(csv, "id", event.id());
                cell(csv, "date", event.date().toString());
                cell(csv, "start", Cells.start(event));
                cell(csv, "end", Cells.end(event));
                cell(csv, "type", event.type().id());
                cell(csv, "title", event.title());
                cell(csv, "actors", Cells.actors(event, context.actors()));
                cell(csv, "place", event.place() == null || event.place().name() == null ? "" : event.place().name());
                cell(csv, "country", event.place() == null || event.place().country() == null ? ""
                        : event.place().country());
                cell(csv, "fatalities", event.fatalities() == null ? "" : event.fatalities().toString());
                cell(csv, "sources", Cells.sources(event));
                cell(csv, "summary", event.summary());
                csv.writeEndObject();
            }
        }
    }

    private void cell(CsvGenerator csv, String column, String value) throws IOException {
        csv.writeStringField(column, context.neutralize() ? neutralize(value) : value);
    }

    /** OWASP's advice for CSV injection: a cell starting with a formula trigger gets a leading apostrophe. */
    static String neutralize(String value) {
        if (!value.isEmpty()) {
            char first = value.charAt(0);
            if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
                return "'" + value;
            }
        }
        return value;
    }
}
