package dev.timeline.format;

import dev.timeline.model.Actor;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.model.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/** The plain-text renderings of an event's fields that several formats share. */
final class Cells {

    private Cells() {
    }

    /** Actor names in the event's order, joined by {@code "; "}. */
    static String actors(Event event, Map<String, Actor> actors) {
        return event.actors().stream().map(p -> name(p, actors)).distinct().collect(Collectors.joining("; "));
    }

    static String name(Participation p, Map<String, Actor> actors) {
        Actor actor = actors.get(p.actorId());
        return actor == null ? p.actorId() : actor.name();
    }

    /** Citations joined by {@code "; "}: "Caspian News 2023-01-30; 2023-03-30". */
    static String sources(Event event) {
        return event.sources().stream().map(Source::citation).collect(Collectors.joining("; "));
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
