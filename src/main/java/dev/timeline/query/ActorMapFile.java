package dev.timeline.query;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.timeline.io.Bom;
import dev.timeline.io.DataException;
import dev.timeline.io.Json;
import dev.timeline.io.Problem;
import dev.timeline.model.Names;
import dev.timeline.query.ActorLinks.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * Reads an actor crosswalk file ({@code --actor-map}) into {@link Rule}s: a JSON array of objects or a CSV file with
 * a header, told apart by the first character that is not white space ({@code [} or <code>{</code> is JSON). A
 * crosswalk is a few dozen hand-written rows, so it is read whole and every mistake is one line naming the file,
 * the line and what a row looks like.
 */
final class ActorMapFile {

    /** Spaces around a separator are dropped, so a quoted cell may follow one: {@code acled, "Forces, Iran", iran}. */
    private static final CsvFactory CSV = CsvFactory.builder().enable(CsvParser.Feature.TRIM_SPACES).build();
    private static final List<String> COLUMNS = List.of("dataset", "name", "pattern", "actor");
    private static final String FORM = "expected a CSV header naming dataset, name or pattern, and actor, then rows"
            + " such as " + ActorLinks.EXAMPLE + ", or a JSON array of objects such as"
            + " {\"dataset\": \"acled\", \"pattern\": \"Forces of Iran\", \"actor\": \"iran\"}";

    private ActorMapFile() {
    }

    static List<Rule> read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new DataException(name, "is a directory; expected an actor map file (CSV or JSON)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(Bom.utf8(in), name);
        } catch (IOException e) {
            throw DataException.reading(name, e);
        }
    }

    static List<Rule> read(Reader in, String file) {
        String text;
        try (Reader reader = Bom.skip(in)) {
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                all.append(buffer, 0, n);
            }
            text = all.toString();
        } catch (CharacterCodingException e) {
            throw new DataException(file, "not valid UTF-8 text; expected an actor map in UTF-8");
        } catch (IOException e) {
            throw DataException.reading(file, e);
        }
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw new DataException(file, "is empty; " + FORM);
        }
        List<Rule> rules = start.charAt(0) == '[' || start.charAt(0) == '{' ? json(text, file) : csv(text, file);
        if (rules.isEmpty()) {
            throw new DataException(file, "has no rules; " + FORM);
        }
        return rules;
    }

    private static List<Rule> csv(String text, String file) {
        List<Rule> rules = new ArrayList<>();
        int line = 1;
        try (CsvParser csv = (CsvParser) CSV.createParser(new StringReader(text))) {
            csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            Map<String, Integer> header = null;
            int width = 0;
            List<String> row = new ArrayList<>();
            int depth = 0; // 1 in the array around every row, 2 in a row
            for (JsonToken token = csv.nextToken(); token != null; token = csv.nextToken()) {
                if (token == JsonToken.START_ARRAY && ++depth == 2) {
                    row.clear();
                    line = csv.currentLocation().getLineNr();
                } else if (token == JsonToken.VALUE_STRING) {
                    if (row.isEmpty()) {
                        line = csv.currentTokenLocation().getLineNr();
                    }
                    row.add(csv.getText().strip());
                } else if (token == JsonToken.END_ARRAY && --depth == 1) {
                    if (row.stream().allMatch(String::isEmpty)) {
                        continue; // a blank line
                    }
                    if (header == null) {
                        header = header(row, file, line);
                        width = row.size();
                    } else if (row.size() != width) {
                        throw problem(file, line, "a row has " + cells(row.size()) + " and the header " + width
                                + "; expected a row such as " + ActorLinks.EXAMPLE + " (quote a cell that holds a"
                                + " comma: \"Forces, Iran\")");
                    } else {
                        rules.add(rule(cell(row, header, "dataset"), cell(row, header, "name"),
                                cell(row, header, "pattern"), cell(row, header, "actor"), file, line));
                    }
                }
            }
        } catch (JacksonException e) {
            String what = Json.describe(e);
            if (what.startsWith("missing closing quote")) {
                what = "a quoted cell is not closed; expected a '\"' before the end of the file";
            }
            throw problem(file, line, what + " (CSV, RFC 4180)");
        } catch (IOException e) {
            throw DataException.reading(file, e);
        }
        return rules;
    }

    private static String cells(int n) {
        return n == 1 ? "1 cell" : n + " cells";
    }

    private static Map<String, Integer> header(List<String> row, String file, int line) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String column = row.get(i).toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                throw problem(file, line, "unknown column '" + row.get(i) + "'; " + FORM);
            }
            if (at.put(column, i) != null) {
                throw problem(file, line, "the column '" + column + "' is named twice; " + FORM);
            }
        }
        if (!at.containsKey("actor") || !at.containsKey("name") && !at.containsKey("pattern")) {
            throw problem(file, line, "the header lacks " + (at.containsKey("actor") ? "a 'name' or 'pattern'"
                    : "an 'actor'") + " column; " + FORM);
        }
        return at;
    }

    private static String cell(List<String> row, Map<String, Integer> header, String column) {
        Integer at = header.get(column);
        return at == null || row.get(at).isEmpty() ? null : row.get(at);
    }

    private static List<Rule> json(String text, String file) {
        List<Rule> rules = new ArrayList<>();
        try (JsonParser json = Json.FACTORY.createParser(text)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw problem(file, json.currentTokenLocation(), "the top level is not an array; " + FORM);
            }
            for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
                JsonLocation at = json.currentTokenLocation();
                if (token != JsonToken.START_OBJECT) {
                    throw problem(file, at, "an element is not an object; " + FORM);
                }
                Map<String, String> fields = new HashMap<>();
                for (String field = json.nextFieldName(); field != null; field = json.nextFieldName()) {
                    JsonLocation fieldAt = json.currentTokenLocation();
                    if (!COLUMNS.contains(field)) {
                        throw problem(file, fieldAt, "unknown field '" + field + "'; " + FORM);
                    }
                    JsonToken value = json.nextToken();
                    if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                        throw problem(file, fieldAt, "'" + field + "' is not a text; " + FORM);
                    }
                    if (fields.containsKey(field)) {
                        throw problem(file, fieldAt, "the field '" + field + "' is given twice; " + FORM);
                    }
                    String cell = value == JsonToken.VALUE_NULL ? null : json.getText().strip();
                    fields.put(field, cell == null || cell.isEmpty() ? null : cell);
                }
                rules.add(rule(fields.get("dataset"), fields.get("name"), fields.get("pattern"), fields.get("actor"),
                        file, at.getLineNr()));
            }
            if (json.nextToken() != null) {
                throw problem(file, json.currentTokenLocation(), "text after the array; " + FORM);
            }
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw at == null ? new DataException(file, Json.describe(e)) : problem(file, at, Json.describe(e));
        } catch (IOException e) {
            throw DataException.reading(file, e);
        }
        return rules;
    }

    /** A rule from the cells of one row (null when empty), or the row's one-line error. */
    private static Rule rule(String dataset, String name, String pattern, String actor, String file, int line) {
        if (actor == null) {
            throw problem(file, line, "the actor is empty; expected the id of the actor the names stand for, as in "
                    + ActorLinks.EXAMPLE);
        }
        if ((name == null) == (pattern == null)) {
            throw problem(file, line, (name == null ? "neither a name nor a pattern" : "both a name and a pattern")
                    + " is given; expected one of them, as in " + ActorLinks.EXAMPLE);
        }
        if (name != null) {
            String normal = Names.normalize(name);
            if (normal.isEmpty()) {
                throw problem(file, line, "the name '" + name + "' has no letter or digit; expected an actor's name,"
                        + " id or alias, as in " + ActorLinks.EXAMPLE);
            }
            return new Rule(dataset, normal, null, actor, line);
        }
        try {
            return new Rule(dataset, null, Rule.compile(pattern), actor, line);
        } catch (PatternSyntaxException e) {
            throw problem(file, line, "the pattern '" + pattern + "' is not a regular expression: "
                    + e.getDescription() + (e.getIndex() < 0 || e.getIndex() >= pattern.length() ? " at the end"
                            : " at character " + (e.getIndex() + 1)) + "; expected a Java regular"
                    + " expression found in actors' names, such as 'Forces of Iran'");
        }
    }

    private static DataException problem(String file, int line, String message) {
        return new DataException(List.of(new Problem(file, line, 0, message)));
    }

    private static DataException problem(String file, JsonLocation at, String message) {
        return new DataException(List.of(new Problem(file, Math.max(0, at.getLineNr()),
                Math.max(0, at.getColumnNr()), message)));
    }
}
