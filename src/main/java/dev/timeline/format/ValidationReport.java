package dev.timeline.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.timeline.io.Json;
import dev.timeline.io.Problem;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * What {@code validate} found, as JSON for tooling: a summary per file ({@code file}, {@code valid}, {@code errors},
 * {@code warnings}), then every problem ({@code file}, {@code line}, {@code column}, {@code severity},
 * {@code message}).
 */
public final class ValidationReport {

    /** One checked file: the name shown, whether it loads, and its problems. */
    public record Checked(String name, boolean valid, List<Problem> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }

        long count(Problem.Severity severity) {
            return problems.stream().filter(p -> p.severity() == severity).count();
        }
    }

    private ValidationReport() {
    }

    /** Writes {@code files} as one pretty-printed JSON object and a newline; {@code out} is flushed, not closed. */
    public static void json(List<Checked> files, Writer out) throws IOException {
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(Json.prettyPrinter("  "));
            json.writeStartObject();
            json.writeArrayFieldStart("files");
            for (Checked file : files) {
                json.writeStartObject();
                json.writeStringField("file", file.name());
                json.writeBooleanField("valid", file.valid());
                json.writeNumberField("errors", file.count(Problem.Severity.ERROR));
                json.writeNumberField("warnings", file.count(Problem.Severity.WARNING));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("problems");
            for (Checked file : files) {
                for (Problem p : file.problems()) {
                    json.writeStartObject();
                    json.writeStringField("file", p.file());
                    json.writeNumberField("line", p.line());
                    json.writeNumberField("column", p.column());
                    json.writeStringField("severity", p.severity().name().toLowerCase(Locale.ROOT));
                    json.writeStringField("message", p.message());
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        out.flush();
    }
}
