package dev.timeline.dataset;

import dev.timeline.dataset.JsonTree.Arr;
import dev.timeline.dataset.JsonTree.Node;
import dev.timeline.dataset.JsonTree.Obj;
import dev.timeline.dataset.JsonTree.Scalar;
import dev.timeline.dates.EdtfException;
import dev.timeline.dates.EventDate;
import dev.timeline.io.Problem;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Coded;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Names;
import dev.timeline.model.Participation;
import dev.timeline.model.Place;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Binds the JSON tree of a dataset file to the model: each object to its value type, every problem (a missing
 * field, a wrong type, an unknown code) recorded at its line and column with the expected form, and binding goes
 * on so that one pass reports them all. The semantic checks across objects are {@link DatasetChecks}'s.
 */
final class DatasetBinder {

    private static final List<String> DATASET_FIELDS = List.of("id", "version", "title", "description", "actors",
            "events");
    private static final List<String> ACTOR_FIELDS = List.of("id", "name", "kind", "country", "aliases", "partOf",
            "position");
    private static final List<String> EVENT_FIELDS = List.of("id", "date", "title", "summary", "type", "actors",
            "place", "fatalities", "sources", "tags", "note");
    private static final List<String> PARTICIPATION_FIELDS = List.of("actor", "role");
    private static final List<String> PLACE_FIELDS = List.of("name", "country");
    private static final List<String> SOURCE_FIELDS = List.of("outlet", "published", "title", "url", "note");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final DatasetChecks checks;

    DatasetBinder(String file) {
        this.file = file;
        this.checks = new DatasetChecks(file, this);
    }

    /** The errors found so far, in the order found; the JSON tree's syntax errors are added here too. */
    List<Problem> problems() {
        return problems;
    }

    /** The checks across objects, and the warnings they found. */
    DatasetChecks checks() {
        return checks;
    }

    /** The dataset {@code root} holds, or null when it has errors (recorded). */
    Dataset dataset(Node root) {
        if (!(root instanceof Obj top)) {
            problem(root, "the document is " + root.describe() + "; expected a JSON object with 'id', 'title', "
                    + "'actors' and 'events'");
            return null;
        }
        fields(top, "dataset", DATASET_FIELDS, List.of("id", "title", "actors", "events"));
        String id = id(top);
        String title = string(top, "title");
        List<Actor> actors = new ArrayList<>();
        Map<String, Node> actorNodes = new LinkedHashMap<>();
        for (Node node : array(top, "actors")) {
            Actor actor = actor(node);
            if (checks.unique(node, "actor", actorNodes) && actor != null) {
                actors.add(actor);
            }
        }
        checks.partOf(actors, actorNodes);
        List<Event> events = new ArrayList<>();
        Map<String, Node> eventNodes = new HashMap<>();
        for (Node node : array(top, "events")) {
            Event event = event(node, actorNodes.keySet());
            if (checks.unique(node, "event", eventNodes) && event != null) {
                events.add(event);
            }
        }
        if (!problems.isEmpty() || id == null || title == null) {
            return null;
        }
        checks.warn(actors, actorNodes, events, eventNodes);
        return new Dataset(id, optionalString(top, "version"), title, optionalString(top, "description"), actors,
                events);
    }

    private Actor actor(Node node) {
        if (!(node instanceof Obj o)) {
            problem(node, "an actor is " + node.describe() + "; expected an object with 'id', 'name' and 'kind'");
            return null;
        }
        fields(o, "actor", ACTOR_FIELDS, List.of("id", "name", "kind"));
        String id = id(o);
        String name = string(o, "name");
        ActorKind kind = coded(o, "kind", ActorKind.class);
        String country = country(o);
        List<String> aliases = strings(o, "aliases");
        String partOf = optionalString(o, "partOf");
        String position = optionalString(o, "position");
        if (id == null || name == null || kind == null) {
            return null;
        }
        return new Actor(id, name, kind, country, aliases, partOf, position);
    }

    /** The event {@code node} holds, its actors checked against {@code actorIds}; null when it has errors. */
    Event event(Node node, Set<String> actorIds) {
        if (!(node instanceof Obj o)) {
            problem(node, "an event is " + node.describe() + "; expected an object with 'id', 'date', 'title', "
                    + "'type' and 'actors'");
            return null;
        }
        fields(o, "event", EVENT_FIELDS, List.of("id", "date", "title", "type", "actors"));
        String id = id(o);
        EventDate date = date(o, "date", true);
        String title = string(o, "title");
        String summary = optionalString(o, "summary");
        EventType type = coded(o, "type", EventType.class);
        List<Participation> participations = new ArrayList<>();
        for (Node p : array(o, "actors")) {
            Participation participation = participation(p, actorIds);
            if (participation != null) {
                participations.add(participation);
            }
        }
        Place place = place(o.fields().get("place"));
        Integer fatalities = fatalities(o);
        List<Source> sources = new ArrayList<>();
        for (Node s : optionalArray(o, "sources")) {
            Source source = source(s);
            if (source != null) {
                sources.add(source);
            }
        }
        List<String> tags = strings(o, "tags");
        String note = optionalString(o, "note");
        if (id == null || date == null || title == null || type == null) {
            return null;
        }
        return new Event(id, date, title, summary, type, participations, place, fatalities, sources, tags, note);
    }

    private Participation participation(Node node, Set<String> actorIds) {
        if (!(node instanceof Obj o)) {
            problem(node, "an event's actor is " + node.describe()
                    + "; expected an object like {\"actor\": \"iran\", \"role\": \"initiator\"}");
            return null;
        }
        fields(o, "event actor", PARTICIPATION_FIELDS, PARTICIPATION_FIELDS);
        String actor = string(o, "actor");
        Role role = coded(o, "role", Role.class);
        if (actor != null && !actorIds.contains(actor)) {
            problemAt(o, "actor", "unknown actor '" + actor + "'" + Names.didYouMean(actor, actorIds)
                    + "; expected the id of an actor in 'actors'");
            return null;
        }
        return actor == null || role == null ? null : new Participation(actor, role);
    }

    private Place place(Node node) {
        if (node == null || isNull(node)) {
            return null;
        }
        if (!(node instanceof Obj o)) {
            problem(node, "'place' is " + node.describe() + "; expected an object like {\"name\": \"Tehran\", "
                    + "\"country\": \"IRN\"}");
            return null;
        }
        fields(o, "place", PLACE_FIELDS, List.of());
        String name = optionalString(o, "name");
        String country = country(o);
        if (name == null && country == null) {
            if (!o.fields().containsKey("country")) {
                problem(o, "a place needs a 'name' or a 'country'");
            }
            return null;
        }
        return new Place(name, country);
    }

    private Source source(Node node) {
        if (!(node instanceof Obj o)) {
            problem(node, "a source is " + node.describe() + "; expected an object like {\"outlet\": \"Caspian "
                    + "News\", \"published\": \"2023-01-30\"}");
            return null;
        }
        fields(o, "source", SOURCE_FIELDS, List.of());
        String outlet = optionalString(o, "outlet");
        EventDate published = date(o, "published", false);
        String title = optionalString(o, "title");
        String url = optionalString(o, "url");
        String note = optionalString(o, "note");
        if (outlet == null && published == null && title == null && url == null) {
            if (!o.fields().containsKey("published")) {
                problem(o, "a source needs an 'outlet', a 'published' date, a 'title' or a 'url'");
            }
            return null;
        }
        return new Source(outlet, published, title, url, note);
    }

    private Integer fatalities(Obj o) {
        Node node = o.fields().get("fatalities");
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof Scalar s && s.value() instanceof Number n && s.token().isNumeric()
                && n.doubleValue() >= 0 && n.doubleValue() == Math.rint(n.doubleValue())
                && n.doubleValue() <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        problem(node, "'fatalities' is " + render(node) + "; expected a whole number of 0 or more");
        return null;
    }

    // --- field helpers -----------------------------------------------------------------------------------------

    private void fields(Obj o, String what, List<String> allowed, List<String> required) {
        o.keys().forEach((name, at) -> {
            if (!allowed.contains(name)) {
                List<String> near = Names.closest(name, allowed, 1);
                problems.add(new Problem(file, at[0], at[1], "unknown field '" + name + "' in " + what
                        + (near.isEmpty() ? "" : " (did you mean '" + near.get(0) + "'?)")
                        + "; expected: " + String.join(", ", allowed)));
            }
        });
        for (String name : required) {
            if (!o.fields().containsKey(name)) {
                problem(o, "missing field '" + name + "' in " + what + describeId(o)
                        + "; required: " + String.join(", ", required));
            }
        }
    }

    private static String describeId(Obj o) {
        return o.fields().get("id") instanceof Scalar s && s.value() instanceof String id ? " '" + id + "'" : "";
    }

    private String id(Obj o) {
        String id = string(o, "id");
        if (id != null && (id.isBlank() || !id.equals(id.strip()) || id.chars().anyMatch(Character::isWhitespace))) {
            problemAt(o, "id", "id '" + id + "' contains blanks; expected a slug like 'embassy-attack-tehran'");
            return null;
        }
        return id;
    }

    /** A required string field: null when absent (already reported) or of the wrong type (reported here). */
    private String string(Obj o, String field) {
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

    private String optionalString(Obj o, String field) {
        Node node = o.fields().get(field);
        return node == null || isNull(node) ? null : string(o, field);
    }

    private List<String> strings(Obj o, String field) {
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

    private List<Node> array(Obj o, String field) {
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

    private List<Node> optionalArray(Obj o, String field) {
        Node node = o.fields().get(field);
        return node == null || isNull(node) ? List.of() : array(o, field);
    }

    private <E extends Enum<E> & Coded> E coded(Obj o, String field, Class<E> type) {
        String text = optionalString(o, field);
        if (text == null) {
            return null;
        }
        return Coded.lookup(type, text).orElseGet(() -> {
            problemAt(o, field, "unknown " + field + " '" + text + "'" + Names.didYouMean(text, Coded.ids(type))
                    + "; expected one of: " + String.join(", ", Coded.ids(type)));
            return null;
        });
    }

    private String country(Obj o) {
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

    private EventDate date(Obj o, String field, boolean required) {
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

    private static boolean isNull(Node node) {
        return node instanceof Scalar s && s.value() == null;
    }

    private static String render(Node node) {
        if (node instanceof Scalar s && s.value() != null) {
            return node.describe() + " (" + s.value() + ")";
        }
        return node.describe();
    }

    private void problem(Node node, String message) {
        problems.add(new Problem(file, node.line(), node.column(), message));
    }

    /** A problem with {@code field} of {@code o}, placed at its value. */
    void problemAt(Obj o, String field, String message) {
        problem(o.fields().getOrDefault(field, o), message);
    }
}
