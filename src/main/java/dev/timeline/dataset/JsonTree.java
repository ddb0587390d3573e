package dev.timeline.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.timeline.io.DataException;
import dev.timeline.io.Json;
import dev.timeline.io.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read into nodes that remember their line and column, so that validation can point at the
 * exact place of every problem (Jackson's own tree forgets locations).
 */
final class JsonTree {

    /** A JSON value and where it starts. */
    sealed interface Node permits Obj, Arr, Scalar {
        int line();

        int column();

        /** "an object", "a string", ... for messages. */
        String describe();
    }

    /** An object; {@code keys} holds where each field name stands. */
    record Obj(Map<String, Node> fields, Map<String, int[]> keys, int line, int column) implements Node {
        @Override
        public String describe() {
            return "an object";
        }
    }

    record Arr(List<Node> items, int line, int column) implements Node {
        @Override
        public String describe() {
            return "an array";
        }
    }

    /** A string, number, boolean or null; {@code value} is a String, a Number, a Boolean or null. */
    record Scalar(Object value, JsonToken token, int line, int column) implements Node {
        @Override
        public String describe() {
            return switch (token) {
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                default -> "null";
            };
        }
    }

    private final JsonParser parser;
    private final List<Problem> problems;
    private final String file;

    private JsonTree(JsonParser parser, String file, List<Problem> problems) {
        this.parser = parser;
        this.file = file;
        this.problems = problems;
    }

    /**
     * Reads one JSON document. Duplicate field names are reported to {@code problems} (the later one wins);
     * malformed JSON throws {@link DataException} with its line and column, since nothing after it can be trusted.
     */
    static Node read(Reader in, String file, List<Problem> problems) {
        try (JsonParser parser = Json.FACTORY.createParser(in)) {
            JsonTree tree = new JsonTree(parser, file, problems);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new DataException(List.of(new Problem(file, 1, 1, "the file is empty; expected a JSON object")));
            }
            Node root = tree.value(first);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new DataException(List.of(new Problem(file, at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the JSON document")));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new DataException(List.of(new Problem(file, at == null ? 0 : Math.max(at.getLineNr(), 0),
                    at == null ? 0 : Math.max(at.getColumnNr(), 0), "malformed JSON: " + Json.describe(e))));
        } catch (CharacterCodingException e) {
            throw new DataException(file, "not valid UTF-8 text; save the file as UTF-8");
        } catch (IOException e) {
            throw new DataException(file, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Reports a lone UTF-16 surrogate ({@code "\ud800"} with no partner): JSON allows the escape, but it is no
     * character, cannot be written as UTF-8 and would come out as {@code ?}.
     */
    private void checkSurrogates(String text, int line, int column) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                problems.add(new Problem(file, line, column, String.format("a string holds a lone surrogate \\u%04X "
                        + "(character %d), which is no character; expected a whole character, or an escaped pair "
                        + "like \\uD83D\\uDE00", (int) c, i + 1)));
                return;
            }
        }
    }

    private Node value(JsonToken token) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        switch (token) {
            case START_OBJECT: {
                Map<String, Node> fields = new LinkedHashMap<>();
                Map<String, int[]> keys = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    int[] where = {keyAt.getLineNr(), keyAt.getColumnNr()};
                    checkSurrogates(name, where[0], where[1]);
                    Node child = value(parser.nextToken());
                    if (fields.containsKey(name)) {
                        problems.add(new Problem(file, where[0], where[1], "duplicate field '" + name
                                + "' (first at line " + keys.get(name)[0] + ")"));
                    }
                    fields.put(name, child);
                    keys.put(name, where);
                }
                return new Obj(fields, keys, line, column);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(value(t));
                }
                return new Arr(items, line, column);
            }
            case VALUE_STRING: {
                String text = parser.getText();
                checkSurrogates(text, line, column);
                return new Scalar(text, token, line, column);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Scalar(parser.getNumberValue(), token, line, column);
            case VALUE_TRUE:
                return new Scalar(Boolean.TRUE, token, line, column);
            case VALUE_FALSE:
                return new Scalar(Boolean.FALSE, token, line, column);
            default:
                return new Scalar(null, JsonToken.VALUE_NULL, line, column);
        }
    }
}
