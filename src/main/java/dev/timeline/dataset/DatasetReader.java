package dev.timeline.dataset;

import dev.timeline.dataset.JsonTree.Arr;
import dev.timeline.dataset.JsonTree.Node;
import dev.timeline.dataset.JsonTree.Obj;
import dev.timeline.dataset.JsonTree.Scalar;
import dev.timeline.dates.EdtfException;
import dev.timeline.dates.EventDate;
import dev.timeline.io.Bom;
import dev.timeline.io.DataException;
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
import dev.timeline.text.TerminalText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a dataset file (the project's native JSON) and validates it whole: every problem is reported at once,
 * each with file, line and column and the expected form.
 */
public final class DatasetReader {

    /** The dataset shipped inside the jar. */
    public static final String BUNDLED_RESOURCE = "/dev/timeline/data/caucasus.json";
    /** How the bundled dataset is named in messages. */
    public static final String BUNDLED_NAME = "<bundled>/caucasus.json";


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
    private final List<Problem> warnings = new ArrayList<>();

    /**
     * The outcome of checking a dataset file.
     *
     * @param dataset  the dataset, or null when there are errors
     * @param problems every error, then every warning, in file order within each
     */
    public record Report(Dataset dataset, List<Problem> problems) {
        public boolean valid() {
            return dataset != null;
        }
    }

    private DatasetReader(String file) {
        this.file = file;
    }

    /** Reads the dataset shipped inside the jar. */
    public static Dataset readBundled() {
        InputStream in = DatasetReader.class.getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            throw new DataException(BUNDLED_NAME, "the bundled dataset is missing from the jar; rebuild it");
        }
        return read(in, BUNDLED_NAME);
    }

    /** Reads {@code path}; messages name it as given. */
    public static Dataset read(Path path) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new DataException(name, "is a directory; expected a dataset JSON file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, name);
        } catch (IOException e) {
            throw DataException.reading(name, e);
        }
    }

    /** Reads UTF-8 JSON from {@code in}, naming it {@code file} in messages. Does not close {@code in}. */
    public static Dataset read(InputStream in, String file) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        return read(reader, file);
    }

    /**
     * Checks the file at {@code path} without failing: every error, and warnings about what loads but looks wrong
     * (events without a source, actors never used, an event dated after its only source was published).
     */
    public static Report validate(Path path) {
        try {
            return validate(Files.newBufferedReader(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            return new Report(null, DataException.reading(path.toString(), e).problems());
        }
    }

    /** As {@link #validate(Path)}, for the dataset shipped inside the jar. */
    public static Report validateBundled() {
        InputStream in = DatasetReader.class.getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            return new Report(null, List.of(new Problem(BUNDLED_NAME, 0, 0, "missing from the jar; rebuild it")));
        }
        return validate(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED_NAME);
    }

    /** As {@link #validate(Path)}, for text from {@code in} named {@code file}. */
    public static Report validate(Reader in, String file) {
        DatasetReader reader = new DatasetReader(file);
        try {
            Node root = JsonTree.read(Bom.skip(in), file, reader.problems);
            Dataset dataset = reader.dataset(root);
            reader.controlCharacters(root, null);
            reader.warnings.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            List<Problem> all = new ArrayList<>(reader.problems);
            all.addAll(reader.warnings);
            return new Report(reader.problems.isEmpty() ? dataset : null, all);
        } catch (DataException e) {
            return new Report(null, e.problems());
        }
    }

    /**
     * Reads one event object (the shape of an element of a dataset's "events") from {@code in}, checking its actor
     * references against {@code actorIds}.
     *
     * @throws DataException with every problem, placed in {@code file}
     */
    public static Event readEvent(Reader in, String file, Set<String> actorIds) {
        DatasetReader reader = new DatasetReader(file);
        Node root = JsonTree.read(Bom.skip(in), file, reader.problems);
        Event event = reader.event(root, actorIds);
        if (!reader.problems.isEmpty()) {
            throw new DataException(reader.problems);
        }
        return event;
    }

    /**
     * Warnings for the text of event {@code eventId} in the dataset file at {@code path} that holds characters a
     * terminal would obey (ESC, BEL, bidi overrides...; see {@link TerminalText#isUnsafe}), each at its
     * file:line:column; empty when there are none or the file cannot be read.
     */
    public static List<Problem> controlCharacters(Path path, String eventId) {
        DatasetReader reader = new DatasetReader(path.toString());
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Node root = JsonTree.read(in, path.toString(), reader.problems);
            if (root instanceof Obj top && top.fields().get("events") instanceof Arr events) {
                for (Node event : events.items()) {
                    if (event instanceof Obj o && o.fields().get("id") instanceof Scalar id
                            && eventId.equals(id.value())) {
                        reader.controlCharacters(o, "event '" + eventId + "'");
                    }
                }
            }
        } catch (IOException | DataException e) {
            return List.of(); // the file was just written and checked; nothing to add
        }
        return reader.warnings;
    }

    /**
     * Warns about every string under {@code node} that holds a character a terminal would obey; {@code where}
     * names the object holding it ("event 'x'"), or null to name it from the tree.
     */
    private void controlCharacters(Node node, String where) {
        if (node instanceof Obj o) {
            String name = where;
            if (o.fields().get("id") instanceof Scalar s && s.value() instanceof String id) {
                name = "'" + id + "'";
            }
            for (Map.Entry<String, Node> field : o.fields().entrySet()) {
                List<Node> values = field.getValue() instanceof Arr a ? a.items() : List.of(field.getValue());
                for (Node value : values) {
                    if (value instanceof Scalar s && s.value() instanceof String text) {
                        controlCharacters(s, text, field.getKey(), name);
                    } else {
                        controlCharacters(value, name);
                    }
                }
            }
        }
    }

    private void controlCharacters(Scalar s, String text, String field, String name) {
        int[] bad = TerminalText.firstUnsafe(text);
        if (bad != null && !Character.isSurrogate((char) bad[1])) {
            String shown = TerminalText.escapeOf(bad[1]);
            warning(s, "'" + field + "'" + (name == null ? "" : " of " + name) + " holds " + shown + " (character "
                    + (bad[0] + 1) + "), a control character a terminal would obey; it is shown as " + shown
                    + ", expected plain text");
        }
    }

    /** Reads JSON text from {@code in}, naming it {@code file} in messages. */
    public static Dataset read(Reader in, String file) {
        DatasetReader reader = new DatasetReader(file);
        Node root = JsonTree.read(Bom.skip(in), file, reader.problems);
        Dataset dataset = reader.dataset(root);
        if (!reader.problems.isEmpty()) {
            throw new DataException(reader.problems);
        }
        return dataset;
    }

    private Dataset dataset(Node root) {
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
            if (unique(node, "actor", actorNodes) && actor != null) {
                actors.add(actor);
            }
        }
        checkPartOf(actors, actorNodes);
        List<Event> events = new ArrayList<>();
        Map<String, Node> eventNodes = new HashMap<>();
        for (Node node : array(top, "events")) {
            Event event = event(node, actorNodes.keySet());
            if (unique(node, "event", eventNodes) && event != null) {
                events.add(event);
            }
        }
        if (!problems.isEmpty() || id == null || title == null) {
            return null;
        }
        warn(actors, actorNodes, events, eventNodes);
        return new Dataset(id, optionalString(top, "version"), title, optionalString(top, "description"), actors,
                events);
    }

    /** What loads but deserves a look; reported by {@code validate} only. */
    private void warn(List<Actor> actors, Map<String, Node> actorNodes, List<Event> events,
            Map<String, Node> eventNodes) {
        Map<String, Actor> byId = new HashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        Set<String> used = new HashSet<>();
        for (Event event : events) {
            for (Participation p : event.actors()) {
                for (Actor a = byId.get(p.actorId()); a != null && used.add(a.id()); a = byId.get(a.partOf())) {
                    // an actor is in use when it, or something part of it, takes part in an event
                }
            }
            Obj node = (Obj) eventNodes.get(event.id());
            if (event.sources().isEmpty()) {
                warning(node, "event '" + event.id() + "' has no source; expected at least one citation in "
                        + "'sources'");
            } else if (event.sources().size() == 1 && event.sources().get(0).published() != null
                    && event.date().earliest().isAfter(event.sources().get(0).published().latest())) {
                warning(node.fields().get("date"), "event '" + event.id() + "' is dated " + event.date()
                        + ", after its only source was published (" + event.sources().get(0).published()
                        + "); check the date");
            }
        }
        for (Actor actor : actors) {
            if (!used.contains(actor.id())) {
                warning(actorNodes.get(actor.id()), "actor '" + actor.id() + "' takes part in no event");
            }
        }
        warnings.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    }

    private void warning(Node node, String message) {
        warnings.add(new Problem(file, node.line(), node.column(), message, Problem.Severity.WARNING));
    }

    /** Records the node's id in {@code seen}; false (and a problem) when another node had it first. */
    private boolean unique(Node node, String what, Map<String, Node> seen) {
        if (node instanceof Obj o && o.fields().get("id") instanceof Scalar s && s.value() instanceof String id) {
            Node previous = seen.putIfAbsent(id, node);
            if (previous != null) {
                problemAt(o, "id", "duplicate " + what + " id '" + id + "' (first at line " + previous.line() + ")");
                return false;
            }
        }
        return true;
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

    private void checkPartOf(List<Actor> actors, Map<String, Node> actorNodes) {
        Map<String, Actor> byId = new HashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        Set<String> reported = new LinkedHashSet<>();
        for (Actor actor : actors) {
            if (actor.partOf() == null) {
                continue;
            }
            Obj o = (Obj) actorNodes.get(actor.id());
            if (!actorNodes.containsKey(actor.partOf())) {
                problemAt(o, "partOf", "actor '" + actor.id() + "' is part of unknown actor '" + actor.partOf() + "'"
                        + Names.didYouMean(actor.partOf(), actorNodes.keySet()) + "; expected the id of an actor");
                continue;
            }
            List<String> chain = new ArrayList<>(List.of(actor.id()));
            for (Actor up = byId.get(actor.partOf()); up != null; up = byId.get(up.partOf())) {
                if (up.id().equals(actor.id())) {
                    chain.add(up.id());
                    if (reported.add(String.join(",", chain.subList(1, chain.size()).stream().sorted().toList()))) {
                        problemAt(o, "partOf", "'partOf' forms a cycle: " + String.join(" → ", chain)
                                + "; an actor cannot be part of itself");
                    }
                    break;
                }
                if (chain.contains(up.id()) || up.partOf() == null) {
                    break; // a cycle further up is reported at its own actors
                }
                chain.add(up.id());
            }
        }
    }

    private Event event(Node node, Set<String> actorIds) {
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
    private void problemAt(Obj o, String field, String message) {
        problem(o.fields().getOrDefault(field, o), message);
    }
}
