package dev.timeline.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.timeline.model.Actor;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.model.QuadClass;
import dev.timeline.model.Source;
import dev.timeline.text.TerminalText;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One event in full, for {@code timeline show}: every field, its date in words, each source, related events, and,
 * when several datasets are read, the records of other datasets that corroborate it ({@code Corroborated by}; JSON
 * {@code corroboratedBy}). In text, every value passes {@link TerminalText}: controls from the data are shown as
 * escapes, never sent.
 */
public final class EventCard {

    private final FormatContext context;

    public EventCard(FormatContext context) {
        this.context = context;
    }

    public void write(Event event, List<Event> related, ReportFormat format, Writer out) throws IOException {
        write(event, related, null, format, out);
    }

    /**
     * The card, with the records of other datasets that corroborate the event ({@code corroborating}), or without
     * that section when {@code corroborating} is null (one dataset read).
     */
    public void write(Event event, List<Event> related, Corroborating corroborating, ReportFormat format, Writer out)
            throws IOException {
        if (format == ReportFormat.JSON) {
            json(event, related, corroborating, out);
        } else if (format == ReportFormat.CSV) {
            CsvFormatter.csv(context).write(List.of(event), out);
        } else {
            text(event, related, out);
            if (corroborating != null) {
                corroborated(corroborating, out);
            }
        }
    }

    /**
     * The records of other datasets that corroborate an event, and the tolerance they were found with.
     *
     * @param records       in date order; never null
     * @param toleranceDays the days two day-precise records may be apart
     */
    public record Corroborating(List<Event> records, int toleranceDays) {
        public Corroborating {
            records = List.copyOf(records);
        }
    }

    private void corroborated(Corroborating corroborating, Writer out) throws IOException {
        int days = corroborating.toleranceDays();
        out.write("\nCorroborated by (records of other datasets: sharing an actor, compatible type, within " + days
                + (days == 1 ? " day" : " days") + "): " + corroborating.records().size() + "\n");
        if (corroborating.records().isEmpty()) {
            return;
        }
        TextTable table = new TextTable(List.of(TextTable.Column.whole("DATE"),
                new TextTable.Column("RECORD", 8, 40, 1000), new TextTable.Column("TITLE", 10, 70, 5),
                new TextTable.Column("SOURCES", 7, 40, 2)));
        for (Event r : corroborating.records()) {
            table.row(new String[] {r.date().toString(), CorroborationFormats.record(r), r.title(),
                Cells.sources(r)}, new String[] {TableFormatter.dateStyle(r), null, null, null});
        }
        table.write(out, context.width(), context.color());
    }

    /** The event's own quad class and Goldstein intensity (a GDELT row's, else its type's), once. */
    private static String lens(Event e) {
        QuadClass quad = e.quad();
        if (!quad.isClass()) {
            return "no quad class";
        }
        return quad.id().replace('-', ' ') + ", Goldstein " + String.format(Locale.ROOT, "%.1f", e.intensity());
    }

    private void text(Event e, List<Event> related, Writer out) throws IOException {
        Map<String, Actor> actors = context.actors();
        out.write(TerminalText.line(e.title()) + "\n");
        line(out, "Id", e.id());
        line(out, "Dataset", e.dataset());
        line(out, "Date", e.date() + " — " + e.date().describe());
        line(out, "Span", span(e));
        line(out, "Type", e.type().id() + " (" + e.type().label() + "; " + lens(e) + ")");
        StringBuilder who = new StringBuilder();
        for (Participation p : e.actors()) {
            Actor a = actors.get(p.actorId());
            who.append(who.length() == 0 ? "" : "; ").append(a == null ? p.actorId() : a.name())
                    .append(" (").append(p.role().id()).append(')');
        }
        line(out, "Actors", who.length() == 0 ? null : who.toString());
        line(out, "Place", e.place() == null ? null : e.place().toString());
        line(out, "Fatalities", e.fatalities() == null ? null : e.fatalities().toString());
        // the row's quad:N and goldstein:X are shown once, as the event's own, in the Type line
        List<String> tags = e.tags().stream().filter(t -> !t.startsWith("quad:") && !t.startsWith("goldstein:"))
                .toList();
        line(out, "Tags", tags.isEmpty() ? null : String.join(", ", tags));
        line(out, "Summary", e.summary().isEmpty() ? null : e.summary());
        line(out, "Note", e.note());
        out.write("\nSources:\n");
        if (e.sources().isEmpty()) {
            out.write("  (none)\n");
        }
        for (Source s : e.sources()) {
            StringBuilder text = new StringBuilder("  - ");
            text.append(s.outlet() == null ? "(outlet not named)" : s.outlet());
            if (s.published() != null) {
                text.append(", published ").append(s.published());
            }
            if (s.title() != null) {
                text.append(": \"").append(s.title()).append('"');
            }
            if (s.note() != null) {
                text.append(" — ").append(s.note());
            }
            if (s.url() != null) {
                text.append(" <").append(s.url()).append('>');
            }
            out.write(TerminalText.line(text.toString()) + "\n");
        }
        out.write("\nRelated (sharing an actor, within 14 days): " + related.size() + "\n");
        if (!related.isEmpty()) {
            TextTable table = new TextTable(List.of(TextTable.Column.whole("DATE"),
                    new TextTable.Column("TITLE", 10, 70, 5), new TextTable.Column("ID", 6, 60, 1000)));
            for (Event r : related) {
                table.row(new String[] {r.date().toString(), r.title(), r.id()},
                        new String[] {TableFormatter.dateStyle(r), null, null});
            }
            table.write(out, context.width(), context.color());
        }
    }

    private static String span(Event e) {
        String start = Cells.start(e);
        String end = Cells.end(e);
        return (start.isEmpty() ? "open" : start) + " to " + (end.isEmpty() ? "open" : end);
    }

    /** "Label:" then the value, wrapped to the width with continuation lines indented; nothing for null. */
    private void line(Writer out, String label, String value) throws IOException {
        if (value == null) {
            return;
        }
        value = TerminalText.escape(value).replace('\t', ' ');
        String indent = " ".repeat(14);
        int room = Math.max(20, context.width() - indent.length());
        boolean first = true;
        for (String paragraph : value.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() > 0 && TextTable.length(line.toString()) + 1 + TextTable.length(word) > room) {
                    out.write((first ? String.format("  %-11s ", label + ":") : indent) + line + "\n");
                    first = false;
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            out.write((first ? String.format("  %-11s ", label + ":") : indent) + line + "\n");
            first = false;
        }
    }

    private void json(Event event, List<Event> related, Corroborating corroborating, Writer out)
            throws IOException {
        try (JsonGenerator json = Reports.json(out)) {
            JsonFormatter events = JsonFormatter.array(context);
            json.writeStartObject();
            json.writeFieldName("event");
            events.writeEvent(json, event);
            json.writeStringField("precision", event.date().precision().id());
            json.writeStringField("dateInWords", event.date().describe());
            json.writeStringField("note", event.note());
            json.writeArrayFieldStart("related");
            for (Event r : related) {
                json.writeStartObject();
                json.writeStringField("id", r.id());
                json.writeStringField("date", r.date().toString());
                json.writeStringField("title", r.title());
                json.writeEndObject();
            }
            json.writeEndArray();
            if (corroborating != null) {
                json.writeArrayFieldStart("corroboratedBy");
                for (Event r : corroborating.records()) {
                    json.writeStartObject();
                    json.writeStringField("dataset", r.dataset());
                    json.writeStringField("id", r.id());
                    json.writeStringField("date", r.date().toString());
                    json.writeStringField("title", r.title());
                    JsonFormatter.writeSources(json, r);
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}
