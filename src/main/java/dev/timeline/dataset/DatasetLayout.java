package dev.timeline.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.timeline.model.Actor;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.io.DataException;
import dev.timeline.io.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a changed dataset into the text of the file it came from, touching only what changed: an actor or event
 * that is unchanged keeps its text byte for byte, a changed or new one is written in the layout of
 * {@code export --format dataset} (indented like its neighbours), a removed one disappears with its lines. So the
 * diff of an edit is the edited event's own lines, and a file kept in git merges cleanly. Only the "actors" and
 * "events" arrays are rewritten; when the header (id, version, title, description) changed, the whole file is
 * written in the native layout.
 */
final class DatasetLayout {

    private DatasetLayout() {
    }

    /** The text of {@code after}, made from {@code text} (the file holding {@code before}). */
    static String render(String text, Dataset before, Dataset after, String name) {
        if (!Objects.equals(before.id(), after.id()) || !Objects.equals(before.version(), after.version())
                || !Objects.equals(before.title(), after.title())
                || !Objects.equals(before.description(), after.description())) {
            return canonical(after);
        }
        Map<String, Span> arrays = locate(text, name);
        Span actors = arrays.get("actors");
        Span events = arrays.get("events");
        if (actors == null || events == null) {
            return canonical(after);
        }
        String unit = indentUnit(text);
        String actorsText = array(text, actors, unit, before.actors(), after.actors(), Actor::id,
                DatasetLayout::actorText);
        String eventsText = array(text, events, unit, before.events(), after.events(), Event::id,
                DatasetLayout::eventText);
        Span first = actors.open < events.open ? actors : events;
        Span second = first == actors ? events : actors;
        String firstText = first == actors ? actorsText : eventsText;
        String secondText = first == actors ? eventsText : actorsText;
        return text.substring(0, first.open) + firstText + text.substring(first.close + 1, second.open)
                + secondText + text.substring(second.close + 1);
    }

    /** The whole dataset in the native layout ({@code export --format dataset}). */
    static String canonical(Dataset dataset) {
        StringWriter out = new StringWriter();
        try {
            DatasetWriter.write(dataset, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private interface Writing<T> {
        void write(JsonGenerator json, T value) throws IOException;
    }

    private static <T> String array(String text, Span span, String unit, List<T> before, List<T> after,
            java.util.function.Function<T, String> id, Writing<T> writing) {
        if (after.equals(before)) {
            return text.substring(span.open, span.close + 1);
        }
        if (after.isEmpty()) {
            return "[]";
        }
        Map<String, String> kept = new HashMap<>();
        Map<String, T> old = new HashMap<>();
        for (int i = 0; i < before.size() && i < span.elements.size(); i++) {
            int[] at = span.elements.get(i);
            kept.put(id.apply(before.get(i)), text.substring(at[0], at[1]));
            old.put(id.apply(before.get(i)), before.get(i));
        }
        String outer = lineIndent(text, span.open);
        // the first element's indentation, unless it shares the line of '[' (then one step in from that line)
        boolean ownLine = !span.elements.isEmpty()
                && text.lastIndexOf('\n', span.elements.get(0)[0]) > span.open;
        String indent = ownLine ? lineIndent(text, span.elements.get(0)[0]) : outer + unit;
        List<String> parts = new ArrayList<>();
        for (T value : after) {
            String key = id.apply(value);
            if (value.equals(old.get(key)) && before.size() == span.elements.size()) {
                parts.add(kept.get(key));
            } else {
                parts.add(format(value, unit, writing).replace("\n", "\n" + indent));
            }
        }
        return "[\n" + indent + String.join(",\n" + indent, parts) + "\n" + outer + "]";
    }

    private static <T> String format(T value, String unit, Writing<T> writing) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(Json.prettyPrinter(unit));
            writing.write(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void actorText(JsonGenerator json, Actor actor) throws IOException {
        DatasetWriter.writeActor(json, actor);
    }

    private static void eventText(JsonGenerator json, Event event) throws IOException {
        DatasetWriter.writeEvent(json, event);
    }

    /** Where a top-level array is: its '[' and ']' and each element's [start, end). */
    private record Span(int open, int close, List<int[]> elements) {
    }

    private static Map<String, Span> locate(String text, String name) {
        Map<String, Span> found = new HashMap<>();
        try (JsonParser parser = Json.FACTORY.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new DataException(name, "expected a dataset object");
            }
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value != JsonToken.START_ARRAY || !(field.equals("actors") || field.equals("events"))) {
                    parser.skipChildren();
                    continue;
                }
                int open = (int) parser.currentTokenLocation().getCharOffset();
                List<int[]> elements = new ArrayList<>();
                for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    elements.add(new int[] {start, (int) parser.currentLocation().getCharOffset()});
                }
                found.put(field, new Span(open, (int) parser.currentTokenLocation().getCharOffset(), elements));
            }
        } catch (IOException e) {
            throw new DataException(name, "cannot read: " + e.getMessage());
        }
        return found;
    }

    /** The whitespace that starts the line holding {@code offset}. */
    private static String lineIndent(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int end = lineStart;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(lineStart, end);
    }

    /** The file's indentation step: the leading whitespace of its second line, else two spaces. */
    private static String indentUnit(String text) {
        int secondLine = text.indexOf('\n') + 1;
        if (secondLine <= 0) {
            return "  ";
        }
        String indent = lineIndent(text, secondLine);
        return indent.isEmpty() ? "  " : indent;
    }
}
