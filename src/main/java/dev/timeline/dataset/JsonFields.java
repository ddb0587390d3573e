package dev.timeline.dataset;

import dev.timeline.dataset.JsonTree.Arr;
import dev.timeline.dataset.JsonTree.Node;
import dev.timeline.dataset.JsonTree.Obj;
import dev.timeline.dataset.JsonTree.Scalar;
import dev.timeline.dates.EdtfException;
import dev.timeline.dates.EventDate;
import dev.timeline.io.Problem;
import dev.timeline.model.Coded;
import dev.timeline.model.Names;
import dev.timeline.model.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The typed reads of a dataset object's fields ({@code id}, a required or optional string, a list, a code, a
 * country, an EDTF date): each returns the value, or null and records a problem at the value's line and column
 * naming the expected form. Unknown fields are problems too.
 */
final class JsonFields {

    private final String file;
    private final List<Problem> problems;

    JsonFields(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void fields(Obj o, String what, List<String> allowed, List<String> required) {
        // loops, not lambdas, here: this runs for every object of every dataset read, a short run's included
        for (Map.Entry<String, int[]> key : o.keys().entrySet()) {
            String name = key.getKey();
            int[] at = key.getValue();
            if (!allowed.contains(name)) {
                List<String> near = Names.closest(name, allowed, 1);
                problems.add(new Problem(file, at[0], at[1], "unknown field '" + name + "' in " + what
                        + (near.isEmpty() ? "" : " (did you mean '" + near.get(0) + "'?)")
                        + "; expected: " + String.join(", ", allowed)));
            }
        }
        for (String name : required) {
            if (!o.fields().containsKey(name)) {
                problem(o, "missing field '" + name + "' in " + what + describeId(o)
                        + "; required: " + String.join(", ", required));
            }
        }
    }

    static String describeId(Obj o) {
        return o.fields().get("id") instanceof Scalar s && s.value() instanceof String id ? " '" + id + "'" : "";
    }

    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    String id(Obj o) {
        String id = string(o, "id");
        if (id != null && (id.isBlank() || !id.equals(id.strip()) || hasWhitespace(id))) {
            problemAt(o, "id", "id '" + id + "' contains blanks; expected a slug like 'embassy-attack-tehran'");
            return null;
        }
        return id;
    }

    /** A required string field: null when absent (already reported) or of the wrong type (reported here). */
    String string(Obj o, String field) {
        Node node = o.fields().get(field);
        if (node == null) {
            return null;
        }
        if (node instanceof Scalar s && s.value() instanceof String text) {
            if (text.isBlank()) {
                problem(node, "'" + field + "' is empty; expected text");
                return null;
            }
            return text;
        }
        problem(node, "'" + field + "' is " + render(node) + "; expected a string");
        return null;
    }

    String optionalString(Obj o, String field) {
        Node node = o.fields().get(field);
        return node == null || isNull(node) ? null : string(o, field);
    }

    List<String> strings(Obj o, String field) {
        List<String> out = new ArrayList<>();
        for (Node item : optionalArray(o, field)) {
            if (item instanceof Scalar s && s.value() instanceof String text && !text.isBlank()) {
                out.add(text);
            } else {
                problem(item, "an item of '" + field + "' is " + render(item) + "; expected a non-empty string");
            }
        }
        return out;
    }

    List<Node> array(Obj o, String field) {
        Node node = o.fields().get(field);
        if (node == null) {
            return List.of();
        }
        if (node instanceof Arr a) {
            return a.items();
        }
        problem(node, "'" + field + "' is " + render(node) + "; expected an array");
        return List.of();
    }

    List<Node> optionalArray(Obj o, String field) {
        Node node = o.fields().get(field);
        return node == null || isNull(node) ? List.of() : array(o, field);
    }

    <E extends Enum<E> & Coded> E coded(Obj o, String field, Class<E> type) {
        String text = optionalString(o, field);
        if (text == null) {
            return null;
        }
        Optional<E> found = Coded.lookup(type, text);
        if (found.isEmpty()) {
            problemAt(o, field, "unknown " + field + " '" + text + "'" + Names.didYouMean(text, Coded.ids(type))
                    + "; expected one of: " + String.join(", ", Coded.ids(type)));
            return null;
        }
        return found.get();
    }

    String country(Obj o) {
        String code = optionalString(o, "country");
        if (code != null && !Place.isCountryCode(code)) {
            String upper = code.toUpperCase(Locale.ROOT);
            problemAt(o, "country", "unknown country code '" + code + "'"
                    + (Place.isCountryCode(upper) ? " (did you mean '" + upper + "'?)" : "")
                    + "; expected an ISO 3166-1 alpha-3 code like 'AZE'");
            return null;
        }
        return code;
    }

    /**
     * An optional coordinate in WGS 84 degrees from {@code -limit} to {@code limit}: null when absent or null, and
     * null with a problem naming {@code path} (e.g. "'place.lat' of event 'x'") when it is not such a number.
     */
    Double degrees(Obj o, String field, double limit, String path, String what) {
        Node node = o.fields().get(field);
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof Scalar s && s.value() instanceof Number n && s.token().isNumeric()) {
            double value = n.doubleValue();
            if (value >= -limit && value <= limit) {
                return value;
            }
        }
        problem(node, path + " is " + render(node) + "; expected " + what + " in degrees from " + (int) -limit + " to "
                + (int) limit + " (WGS 84)");
        return null;
    }

    EventDate date(Obj o, String field, boolean required) {
        String text = required ? string(o, field) : optionalString(o, field);
        if (text == null) {
            return null;
        }
        try {
            return EventDate.parse(text);
        } catch (EdtfException e) {
            Node node = o.fields().get(field);
            problems.add(new Problem(file, node.line(), node.column() + 1 + Math.max(0, e.index()),
                    "'" + field + "' '" + text + "' is not a valid date: " + e.getMessage()));
            return null;
        }
    }

    static boolean isNull(Node node) {
        return node instanceof Scalar s && s.value() == null;
    }

    static String render(Node node) {
        if (node instanceof Scalar s && s.value() != null) {
            return node.describe() + " (" + s.value() + ")";
        }
        return node.describe();
    }

    void problem(Node node, String message) {
        problems.add(new Problem(file, node.line(), node.column(), message));
    }

    /** A problem with {@code field} of {@code o}, placed at its value. */
    void problemAt(Obj o, String field, String message) {
        problem(o.fields().getOrDefault(field, o), message);
    }
}
