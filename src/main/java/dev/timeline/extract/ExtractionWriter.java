package dev.timeline.extract;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.timeline.format.TextTable;
import dev.timeline.model.Actor;
import dev.timeline.dataset.DatasetWriter;
import dev.timeline.io.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes an extraction in one of the output forms of {@code timeline extract}. */
public final class ExtractionWriter {

    /** The output forms. */
    public enum Form {
        /** A table of the drafts, for a person. */
        TABLE,
        /** The drafts, citations, proposed actors and expressions as one JSON object. */
        JSON,
        /** A dataset of draft events that {@code validate} accepts. */
        DATASET,
        /** One JSON object per temporal expression, a line each: the form the benchmark scores. */
        TIMEX
    }

    private ExtractionWriter() {
    }

    /**
     * @param known the actors the extraction was resolved against (for the dataset form)
     * @param name  the article's title or the input's name (for the dataset form)
     * @param width the terminal width (for the table)
     */
    public static void write(Extraction x, Form form, List<Actor> known, String name, int width, Writer out)
            throws IOException {
        switch (form) {
            case TABLE -> table(x, width, out);
            case JSON -> json(x, out);
            case DATASET -> DatasetWriter.write(DraftDataset.of(x, known, name), out);
            case TIMEX -> timex(x, out);
            default -> throw new IllegalArgumentException(form.toString());
        }
    }

    private static void table(Extraction x, int width, Writer out) throws IOException {
        TextTable t = new TextTable(List.of(new TextTable.Column("date", 12, 22, 0),
                new TextTable.Column("type", 15, 21, 0), new TextTable.Column("conf", 4, 4, 0),
                new TextTable.Column("title", 20, 90, 4), new TextTable.Column("actors", 10, 60, 2),
                new TextTable.Column("sources", 12, 40, 1)));
        for (Draft d : x.drafts()) {
            String actors = d.actors().stream().filter(a -> a.role() != dev.timeline.model.Role.MENTIONED)
                    .map(a -> a.name() + (a.known() ? "" : "*")).collect(Collectors.joining("; "));
            String sources = d.reports().stream().map(r -> (r.outlet() == null ? "?" : r.outlet()) + " " + r.published())
                    .collect(Collectors.joining("; "));
            t.row(clean(d.date()), d.type().id(), String.format(Locale.ROOT, "%.2f", d.confidence()), clean(d.title()),
                    clean(actors), clean(sources));
        }
        t.write(out, width, false);
        out.write(x.drafts().size() + " draft events from " + x.timexes().size() + " temporal expressions and "
                + x.citations().size() + " citations; * = proposed new actor\n");
    }

    private static void json(Extraction x, Writer out) throws IOException {
        try (JsonGenerator g = generator(out, true)) {
            g.writeStartObject();
            g.writeObjectFieldStart("article");
            g.writeStringField("outlet", x.article().outlet());
            g.writeStringField("title", x.article().title());
            g.writeStringField("published", x.article().published().toString());
            g.writeEndObject();
            g.writeArrayFieldStart("drafts");
            for (Draft d : x.drafts()) {
                g.writeStartObject();
                g.writeStringField("id", d.id());
                g.writeBooleanField("draft", true);
                g.writeNumberField("confidence", d.confidence());
                g.writeStringField("date", d.date());
                g.writeStringField("dateFrom", d.dateSource());
                g.writeStringField("type", d.type().id());
                g.writeStringField("title", d.title());
                g.writeObjectFieldStart("evidence");
                g.writeStringField("text", d.evidence());
                g.writeNumberField("start", d.start());
                g.writeNumberField("end", d.end());
                g.writeEndObject();
                g.writeArrayFieldStart("actors");
                for (DraftActor a : d.actors()) {
                    g.writeStartObject();
                    g.writeStringField("id", a.id());
                    g.writeStringField("name", a.name());
                    g.writeStringField("role", a.role().id());
                    g.writeBooleanField("new", !a.known());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("sources");
                g.writeStartObject();
                g.writeStringField("outlet", x.article().outlet());
                g.writeStringField("published", x.article().published().toString());
                if (x.article().title() != null) {
                    g.writeStringField("title", x.article().title());
                }
                g.writeEndObject();
                for (Citation.Report r : d.reports()) {
                    report(g, r);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("newActors");
            for (DraftActor a : x.proposed()) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("name", a.name());
                g.writeStringField("kind", a.kind().id());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("citations");
            for (Citation c : x.citations()) {
                g.writeStartObject();
                g.writeNumberField("start", c.start());
                g.writeNumberField("end", c.end());
                g.writeArrayFieldStart("sources");
                for (Citation.Report r : c.reports()) {
                    report(g, r);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("temporalExpressions", x.timexes().size());
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void report(JsonGenerator g, Citation.Report r) throws IOException {
        g.writeStartObject();
        g.writeStringField("outlet", r.outlet());
        g.writeStringField("published", r.published());
        g.writeEndObject();
    }

    private static void timex(Extraction x, Writer out) throws IOException {
        for (Timex t : x.timexes()) {
            try (JsonGenerator g = generator(out, false)) {
                g.writeStartObject();
                g.writeNumberField("start", t.start());
                g.writeNumberField("end", t.end());
                g.writeStringField("text", t.text());
                g.writeStringField("type", t.type().name());
                g.writeStringField("value", t.value());
                g.writeStringField("edtf", t.edtf());
                g.writeEndObject();
            }
            out.write('\n');
        }
    }

    private static JsonGenerator generator(Writer out, boolean pretty) throws IOException {
        JsonGenerator g = Json.FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            g.setPrettyPrinter(Json.prettyPrinter("  "));
        }
        return g;
    }

    /** Text from the input as one printable line: control characters (escape sequences) become U+FFFD. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                b.append(' ');
            } else if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || Character.getType(cp) == Character.FORMAT
                    && cp != 0x200D) {
                b.append('\uFFFD');
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
