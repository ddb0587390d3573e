package dev.timeline.dataset;

import dev.timeline.dataset.JsonTree.Arr;
import dev.timeline.dataset.JsonTree.Node;
import dev.timeline.dataset.JsonTree.Obj;
import dev.timeline.dataset.JsonTree.Scalar;
import dev.timeline.io.Problem;
import dev.timeline.model.Actor;
import dev.timeline.model.Event;
import dev.timeline.model.Names;
import dev.timeline.model.Participation;
import dev.timeline.text.TerminalText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a dataset across its objects, once they are bound: unique ids, {@code partOf} chains that end,
 * and the warnings {@code validate} reports about what loads but deserves a look (events without a source,
 * actors in no event, an event dated after its only source, text a terminal would obey).
 */
final class DatasetChecks {

    private final String file;
    private final DatasetBinder binder;
    private final List<Problem> warnings = new ArrayList<>();

    DatasetChecks(String file, DatasetBinder binder) {
        this.file = file;
        this.binder = binder;
    }

    /** The warnings so far, in file order once {@link #warn} has run. */
    List<Problem> warnings() {
        return warnings;
    }

    /** Records the node's id in {@code seen}; false (and a problem) when another node had it first. */
    boolean unique(Node node, String what, Map<String, Node> seen) {
        if (node instanceof Obj o && o.fields().get("id") instanceof Scalar s && s.value() instanceof String id) {
            Node previous = seen.putIfAbsent(id, node);
            if (previous != null) {
                binder.problemAt(o, "id", "duplicate " + what + " id '" + id + "' (first at line " + previous.line() + ")");
                return false;
            }
        }
        return true;
    }

    /** Every {@code partOf} names a known actor, and no chain of them comes back to where it started. */
    void partOf(List<Actor> actors, Map<String, Node> actorNodes) {
        Map<String, Actor> byId = new HashMap<>();
        for (Actor actor : actors) { // loops, not lambdas, on a read's path (JDK 17 links each lambda)
            byId.put(actor.id(), actor);
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Actor actor : actors) {
            if (actor.partOf() == null) {
                continue;
            }
            Obj o = (Obj) actorNodes.get(actor.id());
            if (!actorNodes.containsKey(actor.partOf())) {
                binder.problemAt(o, "partOf", "actor '" + actor.id() + "' is part of unknown actor '" + actor.partOf() + "'"
                        + Names.didYouMean(actor.partOf(), actorNodes.keySet()) + "; expected the id of an actor");
                continue;
            }
            List<String> chain = new ArrayList<>(List.of(actor.id()));
            for (Actor up = byId.get(actor.partOf()); up != null; up = byId.get(up.partOf())) {
                if (up.id().equals(actor.id())) {
                    chain.add(up.id());
                    if (reported.add(String.join(",", chain.subList(1, chain.size()).stream().sorted().toList()))) {
                        binder.problemAt(o, "partOf", "'partOf' forms a cycle: " + String.join(" → ", chain)
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

    /** What loads but deserves a look; reported by {@code validate} only. */
    void warn(List<Actor> actors, Map<String, Node> actorNodes, List<Event> events,
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

    /**
     * Warns about every string under {@code node} that holds a character a terminal would obey; {@code where}
     * names the object holding it ("event 'x'"), or null to name it from the tree.
     */
    void controlCharacters(Node node, String where) {
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
}
