package dev.timeline.dataset;

import dev.timeline.dataset.JsonTree.Node;
import dev.timeline.dataset.JsonTree.Obj;
import dev.timeline.dataset.JsonTree.Scalar;
import dev.timeline.dates.EventDate;
import dev.timeline.io.Problem;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
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
            "place", "fatalities", "sources", "tags", "note", "dataset");
    private static final List<String> PARTICIPATION_FIELDS = List.of("actor", "role");
    private static final List<String> PLACE_FIELDS = List.of("name", "country", "lat", "lon");
    private static final List<String> SOURCE_FIELDS = List.of("outlet", "published", "title", "url", "note");

    private final List<Problem> problems = new ArrayList<>();
    private final JsonFields in;
    private final DatasetChecks checks;
    private final boolean warn;

    /** A binder that finds errors only: what a read needs. */
    DatasetBinder(String file) {
        this(file, false);
    }

    /**
     * @param warn whether to look for what loads but deserves a look, too ({@link DatasetChecks#warn}): only
     *             {@code validate} reports that, and a read need not pay for it
     */
    DatasetBinder(String file, boolean warn) {
        this.in = new JsonFields(file, problems);
        this.checks = new DatasetChecks(file, this);
        this.warn = warn;
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
            in.problem(root, "the document is " + root.describe() + "; expected a JSON object with 'id', 'title', "
                    + "'actors' and 'events'");
            return null;
        }
        in.fields(top, "dataset", DATASET_FIELDS, List.of("id", "title", "actors", "events"));
        String id = in.id(top);
        String title = in.string(top, "title");
        List<Actor> actors = new ArrayList<>();
        Map<String, Node> actorNodes = new LinkedHashMap<>();
        for (Node node : in.array(top, "actors")) {
            Actor actor = actor(node);
            if (checks.unique(node, "actor", actorNodes) && actor != null) {
                actors.add(actor);
            }
        }
        checks.partOf(actors, actorNodes);
        List<Event> events = new ArrayList<>();
        Map<String, Node> eventNodes = new HashMap<>();
        for (Node node : in.array(top, "events")) {
            Event event = event(node, actorNodes.keySet());
            if (checks.unique(node, "event", eventNodes) && event != null) {
                events.add(event);
            }
        }
        if (!problems.isEmpty() || id == null || title == null) {
            return null;
        }
        if (warn) {
            checks.warn(actors, actorNodes, events, eventNodes);
        }
        return new Dataset(id, in.optionalString(top, "version"), title, in.optionalString(top, "description"), actors,
                events);
    }

    private Actor actor(Node node) {
        if (!(node instanceof Obj o)) {
            in.problem(node, "an actor is " + node.describe() + "; expected an object with 'id', 'name' and 'kind'");
            return null;
        }
        in.fields(o, "actor", ACTOR_FIELDS, List.of("id", "name", "kind"));
        String id = in.id(o);
        String name = in.string(o, "name");
        ActorKind kind = in.coded(o, "kind", ActorKind.class);
        String country = in.country(o);
        List<String> aliases = in.strings(o, "aliases");
        String partOf = in.optionalString(o, "partOf");
        String position = in.optionalString(o, "position");
        if (id == null || name == null || kind == null) {
            return null;
        }
        return new Actor(id, name, kind, country, aliases, partOf, position);
    }

    /** The event {@code node} holds, its actors checked against {@code actorIds}; null when it has errors. */
    Event event(Node node, Set<String> actorIds) {
        if (!(node instanceof Obj o)) {
            in.problem(node, "an event is " + node.describe() + "; expected an object with 'id', 'date', 'title', "
                    + "'type' and 'actors'");
            return null;
        }
        in.fields(o, "event", EVENT_FIELDS, List.of("id", "date", "title", "type", "actors"));
        String id = in.id(o);
        EventDate date = in.date(o, "date", true);
        String title = in.string(o, "title");
        String summary = in.optionalString(o, "summary");
        EventType type = in.coded(o, "type", EventType.class);
        List<Participation> participations = new ArrayList<>();
        for (Node p : in.array(o, "actors")) {
            Participation participation = participation(p, actorIds);
            if (participation != null) {
                participations.add(participation);
            }
        }
        Place place = place(o.fields().get("place"), id);
        Integer fatalities = fatalities(o);
        List<Source> sources = new ArrayList<>();
        for (Node s : in.optionalArray(o, "sources")) {
            Source source = source(s);
            if (source != null) {
                sources.add(source);
            }
        }
        List<String> tags = in.strings(o, "tags");
        String note = in.optionalString(o, "note");
        String dataset = in.optionalString(o, "dataset"); // the origin, in an export of several datasets
        if (id == null || date == null || title == null || type == null) {
            return null;
        }
        return new Event(id, date, title, summary, type, participations, place, fatalities, sources, tags, note,
                dataset);
    }

    private Participation participation(Node node, Set<String> actorIds) {
        if (!(node instanceof Obj o)) {
            in.problem(node, "an event's actor is " + node.describe()
                    + "; expected an object like {\"actor\": \"iran\", \"role\": \"initiator\"}");
            return null;
        }
        in.fields(o, "event actor", PARTICIPATION_FIELDS, PARTICIPATION_FIELDS);
        String actor = in.string(o, "actor");
        Role role = in.coded(o, "role", Role.class);
        if (actor != null && !actorIds.contains(actor)) {
            in.problemAt(o, "actor", "unknown actor '" + actor + "'" + Names.didYouMean(actor, actorIds)
                    + "; expected the id of an actor in 'actors'");
            return null;
        }
        return actor == null || role == null ? null : new Participation(actor, role);
    }

    /** The place {@code node} holds (of event {@code eventId}, for messages), or null when absent or bad. */
    private Place place(Node node, String eventId) {
        if (node == null || in.isNull(node)) {
            return null;
        }
        if (!(node instanceof Obj o)) {
            in.problem(node, "'place' is " + node.describe() + "; expected an object like {\"name\": \"Tehran\", "
                    + "\"country\": \"IRN\"}");
            return null;
        }
        in.fields(o, "place", PLACE_FIELDS, List.of());
        String name = in.optionalString(o, "name");
        String country = in.country(o);
        String of = eventId == null ? "" : " of event '" + eventId + "'";
        Double lat = in.degrees(o, "lat", 90, "'place.lat'" + of, "a latitude");
        Double lon = in.degrees(o, "lon", 180, "'place.lon'" + of, "a longitude");
        boolean hasLat = present(o, "lat");
        if (hasLat != present(o, "lon")) {
            in.problem(o, "the place" + of + " has '" + (hasLat ? "lat" : "lon") + "' but no '" + (hasLat ? "lon" : "lat")
                    + "'; expected both (WGS 84 degrees, like \"lat\": 35.6892, \"lon\": 51.389) or neither");
            return null;
        }
        if (name == null && country == null && lat == null) {
            if (!o.fields().containsKey("country") && !hasLat) {
                in.problem(o, "a place needs a 'name', a 'country' or a point ('lat' and 'lon')");
            }
            return null;
        }
        if ((lat == null) != (lon == null)) {
            return null; // the bad coordinate is reported
        }
        return new Place(name, country, lat, lon);
    }

    private static boolean present(Obj o, String field) {
        return o.fields().containsKey(field) && !JsonFields.isNull(o.fields().get(field));
    }

    private Source source(Node node) {
        if (!(node instanceof Obj o)) {
            in.problem(node, "a source is " + node.describe() + "; expected an object like {\"outlet\": \"Caspian "
                    + "News\", \"published\": \"2023-01-30\"}");
            return null;
        }
        in.fields(o, "source", SOURCE_FIELDS, List.of());
        String outlet = in.optionalString(o, "outlet");
        EventDate published = in.date(o, "published", false);
        String title = in.optionalString(o, "title");
        String url = in.optionalString(o, "url");
        String note = in.optionalString(o, "note");
        if (outlet == null && published == null && title == null && url == null) {
            if (!o.fields().containsKey("published")) {
                in.problem(o, "a source needs an 'outlet', a 'published' date, a 'title' or a 'url'");
            }
            return null;
        }
        return new Source(outlet, published, title, url, note);
    }

    private Integer fatalities(Obj o) {
        Node node = o.fields().get("fatalities");
        if (node == null || in.isNull(node)) {
            return null;
        }
        if (node instanceof Scalar s && s.value() instanceof Number n && s.token().isNumeric()
                && n.doubleValue() >= 0 && n.doubleValue() == Math.rint(n.doubleValue())
                && n.doubleValue() <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        in.problem(node, "'fatalities' is " + in.render(node) + "; expected a whole number of 0 or more");
        return null;
    }

    // --- field helpers -----------------------------------------------------------------------------------------

    /** A problem with {@code field} of {@code o}, placed at its value. */
    void problemAt(Obj o, String field, String message) {
        in.problemAt(o, field, message);
    }
}
