package dev.timeline.format;

import dev.timeline.model.Actor;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.model.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** The plain-text renderings of an event's fields that several formats share. */
final class Cells {

    private Cells() {
    }

    /** Actor names in the event's order, joined by {@code "; "}. */
    static String actors(Event event, Map<String, Actor> actors) {
        Set<String> names = new LinkedHashSet<>(); // loops, not streams: every row of every table
        for (Participation p : event.actors()) {
            names.add(name(p, actors));
        }
        return String.join("; ", names);
    }

    static String name(Participation p, Map<String, Actor> actors) {
        Actor actor = actors.get(p.actorId());
        return actor == null ? p.actorId() : actor.name();
    }

    /** Citations joined by {@code "; "}: "Caspian News 2023-01-30; 2023-03-30". */
    static String sources(Event event) {
        StringJoiner citations = new StringJoiner("; ");
        for (Source source : event.sources()) {
            citations.add(source.citation());
        }
        return citations.toString();
    }

    /**
     * A coordinate as a plain decimal that reads back to the same double (Double.toString's digits): "35.6892", "180", "0.0001"
     * (never an exponent, which some readers of a dataset file or a JSON export choke on).
     */
    static String degrees(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The first day of the span as ISO, or "" when open. */
    static String start(Event event) {
        LocalDate day = event.date().earliest();
        return day.equals(LocalDate.MIN) ? "" : day.toString();
    }

    /** The last day of the span (inclusive) as ISO, or "" when open. */
    static String end(Event event) {
        LocalDate day = event.date().latest();
        return day.equals(LocalDate.MAX) ? "" : day.toString();
    }
}
