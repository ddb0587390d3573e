package dev.timeline.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.timeline.model.Actor;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.text.TerminalText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.TreeMap;

/**
 * The actors of a dataset with their activity in a list of events (in date order): one row per actor, and an
 * actor's card with its events and counterparts.
 */
public final class ActorReport {

    /** An actor and the events (of those given) it takes part in directly. */
    public record Row(Actor actor, List<Event> events) {
        String first() {
            return events.isEmpty() ? "" : events.get(0).date().toString();
        }

        String last() {
            return events.isEmpty() ? "" : events.get(events.size() - 1).date().toString();
        }
    }

    private static final List<String> HEADERS = List.of("id", "name", "kind", "country", "aliases", "partOf",
            "events", "first", "last");

    private final FormatContext context;
    /** Actor id to the names it is known by in each other dataset read, or null when one dataset is read. */
    private final Function<String, Map<String, List<String>>> knownAs;

    public ActorReport(FormatContext context) {
        this(context, null);
    }

    /**
     * A report that also shows, per actor, the names it is known by in each other dataset read ({@code knownAs}:
     * actor id to dataset name to names; null for no such column).
     */
    public ActorReport(FormatContext context, Function<String, Map<String, List<String>>> knownAs) {
        this.context = context;
        this.knownAs = knownAs;
    }

    /** One row per actor of the dataset, in file order, with the events of {@code events} it takes part in. */
    public List<Row> rows(List<Event> events) {
        Map<String, List<Event>> byActor = new LinkedHashMap<>();
        context.dataset().actors().forEach(a -> byActor.put(a.id(), new ArrayList<>()));
        for (Event event : events) {
            event.actors().stream().map(Participation::actorId).distinct()
                    .forEach(id -> byActor.computeIfAbsent(id, k -> new ArrayList<>()).add(event));
        }
        List<Row> rows = new ArrayList<>();
        for (Actor actor : context.dataset().actors()) {
            rows.add(new Row(actor, byActor.get(actor.id())));
        }
        return rows;
    }

    public void write(List<Row> rows, ReportFormat format, Writer out) throws IOException {
        switch (format) {
            case CSV -> {
                List<List<String>> cells = new ArrayList<>();
                for (Row row : rows) {
                    cells.add(cells(row));
                }
                List<String> headers = HEADERS;
                if (knownAs != null) {
                    headers = new ArrayList<>(HEADERS);
                    headers.add("knownAs");
                }
                Reports.csv(headers, cells, context.escapeFormulas(), out);
            }
            case JSON -> {
                try (JsonGenerator json = Reports.json(out)) {
                    json.writeStartArray();
                    for (Row row : rows) {
                        writeJson(json, row);
                    }
                    json.writeEndArray();
                    json.writeRaw('\n');
                }
            }
            default -> {
                List<TextTable.Column> columns = new ArrayList<>(List.of(
                        new TextTable.Column("ID", 6, 34, 4),
                        new TextTable.Column("NAME", 10, 40, 6),
                        new TextTable.Column("KIND", 5, 15, 2),
                        new TextTable.Column("COUNTRY", 7, 7, 1000),
                        new TextTable.Column("ALIASES", 5, 30, 1),
                        new TextTable.Column("PART OF", 7, 30, 2),
                        new TextTable.Column("EVENTS", 6, 6, 1000),
                        TextTable.Column.whole("FIRST"),
                        TextTable.Column.whole("LAST")));
                if (knownAs != null) {
                    columns.add(new TextTable.Column("KNOWN AS", 8, 60, 3));
                }
                TextTable table = new TextTable(columns);
                for (Row row : rows) {
                    List<String> cells = cells(row);
                    cells.set(4, cells.get(4).replace("; ", ", "));
                    table.row(cells.toArray(String[]::new));
                }
                table.write(out, context.width(), context.color());
            }
        }
    }

    private List<String> cells(Row row) {
        Actor a = row.actor();
        List<String> cells = new ArrayList<>(List.of(a.id(), a.name(), a.kind().id(),
                a.country() == null ? "" : a.country(), String.join("; ", a.aliases()),
                a.partOf() == null ? "" : a.partOf(), Integer.toString(row.events().size()), row.first(), row.last()));
        if (knownAs != null) {
            cells.add(knownAs.apply(a.id()).entrySet().stream()
                    .map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).collect(Collectors.joining("; ")));
        }
        return cells;
    }

    private void writeJson(JsonGenerator json, Row row) throws IOException {
        Actor a = row.actor();
        json.writeStartObject();
        json.writeStringField("id", a.id());
        json.writeStringField("name", a.name());
        json.writeStringField("kind", a.kind().id());
        json.writeStringField("country", a.country());
        json.writeArrayFieldStart("aliases");
        for (String alias : a.aliases()) {
            json.writeString(alias);
        }
        json.writeEndArray();
        json.writeStringField("partOf", a.partOf());
        if (a.position() != null) {
            json.writeStringField("position", a.position());
        }
        json.writeNumberField("events", row.events().size());
        json.writeStringField("first", row.events().isEmpty() ? null : row.first());
        json.writeStringField("last", row.events().isEmpty() ? null : row.last());
        if (knownAs != null) {
            json.writeObjectFieldStart("knownAs");
            for (Map.Entry<String, List<String>> known : knownAs.apply(a.id()).entrySet()) {
                json.writeArrayFieldStart(known.getKey());
                for (String name : known.getValue()) {
                    json.writeString(name);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** An actor's card: who it is, its events in order, and whom it deals with (counts and roles). */
    public void writeCard(Row row, ReportFormat format, Writer out) throws IOException {
        Map<String, Counterpart> counterparts = counterparts(row);
        if (format == ReportFormat.JSON) {
            try (JsonGenerator json = Reports.json(out)) {
                json.writeStartObject();
                json.writeFieldName("actor");
                writeJson(json, row);
                json.writeArrayFieldStart("events");
                for (Event e : row.events()) {
                    json.writeStartObject();
                    json.writeStringField("id", e.id());
                    json.writeStringField("date", e.date().toString());
                    json.writeStringField("title", e.title());
                    json.writeStringField("role", role(e, row.actor().id()));
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("counterparts");
                for (Counterpart c : counterparts.values()) {
                    json.writeStartObject();
                    json.writeStringField("id", c.actor.id());
                    json.writeStringField("name", c.actor.name());
                    json.writeNumberField("events", c.events);
                    json.writeObjectFieldStart("roles");
                    for (Map.Entry<String, Integer> r : c.roles.entrySet()) {
                        json.writeNumberField(r.getKey(), r.getValue());
                    }
                    json.writeEndObject();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeRaw('\n');
            }
            return;
        }
        Actor a = row.actor();
        Map<String, Actor> actors = context.actors();
        out.write(TerminalText.line(a.name() + " (" + a.id() + ")") + "\n");
        card(out, "Kind", a.kind().id());
        card(out, "Country", a.country());
        card(out, "Position", a.position());
        card(out, "Aliases", a.aliases().isEmpty() ? null : String.join(", ", a.aliases()));
        List<String> chain = new ArrayList<>();
        for (Actor up = actors.get(a.partOf()); up != null && chain.size() < 20; up = actors.get(up.partOf())) {
            chain.add(up.name());
        }
        card(out, "Part of", chain.isEmpty() ? null : String.join(" → ", chain));
        out.write("\nEvents (" + row.events().size() + "):\n");
        TextTable events = new TextTable(List.of(TextTable.Column.whole("DATE"),
                new TextTable.Column("ROLE", 4, 11, 1000), new TextTable.Column("TITLE", 10, 80, 5),
                new TextTable.Column("ID", 6, 60, 1000)));
        for (Event e : row.events()) {
            events.row(e.date().toString(), role(e, a.id()), e.title(), e.id());
        }
        events.write(out, context.width(), context.color());
        out.write("\nCounterparts (" + counterparts.size() + "):\n");
        TextTable table = new TextTable(List.of(new TextTable.Column("ACTOR", 5, 40, 3),
                new TextTable.Column("EVENTS", 6, 6, 1000), new TextTable.Column("THEIR ROLES", 11, 60, 2)));
        for (Counterpart c : counterparts.values()) {
            List<String> roles = new ArrayList<>();
            c.roles.forEach((role, n) -> roles.add(role + " " + n));
            table.row(c.actor.name(), Integer.toString(c.events), String.join(", ", roles));
        }
        table.write(out, context.width(), context.color());
    }

    private static void card(Writer out, String label, String value) throws IOException {
        if (value != null) {
            out.write(String.format("  %-9s %s", label + ":", TerminalText.line(value)) + "\n");
        }
    }

    private static String role(Event event, String actorId) {
        return event.actors().stream().filter(p -> p.actorId().equals(actorId)).map(p -> p.role().id())
                .distinct().reduce((x, y) -> x + ", " + y).orElse("");
    }

    private static final class Counterpart {
        final Actor actor;
        int events;
        final Map<String, Integer> roles = new TreeMap<>();

        Counterpart(Actor actor) {
            this.actor = actor;
        }
    }

    /** Actors sharing events with the row's actor, most shared first, with the roles they played. */
    private Map<String, Counterpart> counterparts(Row row) {
        Map<String, Actor> actors = context.actors();
        Map<String, Counterpart> byId = new LinkedHashMap<>();
        for (Event e : row.events()) {
            Set<String> seen = new HashSet<>();
            for (Participation p : e.actors()) {
                if (p.actorId().equals(row.actor().id()) || !actors.containsKey(p.actorId())) {
                    continue;
                }
                Counterpart c = byId.computeIfAbsent(p.actorId(), id -> new Counterpart(actors.get(id)));
                if (seen.add(p.actorId())) {
                    c.events++;
                }
                c.roles.merge(p.role().id(), 1, Integer::sum);
            }
        }
        Map<String, Counterpart> sorted = new LinkedHashMap<>();
        byId.values().stream()
                .sorted(Comparator.comparingInt((Counterpart c) -> -c.events)
                        .thenComparing(c -> c.actor.name()))
                .forEach(c -> sorted.put(c.actor.id(), c));
        return sorted;
    }
}
