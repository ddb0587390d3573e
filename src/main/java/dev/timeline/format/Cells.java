package dev.timeline.format;

import dev.timeline.dates.EventDate;
import dev.timeline.dates.Precision;
import dev.timeline.model.Actor;
import dev.timeline.model.Event;
import dev.timeline.model.Participation;
import dev.timeline.model.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The plain-text renderings of an event's fields that several formats share. */
final class Cells {

    private Cells() {
    }

    /** Actor names in the event's order, joined by {@code "; "}. */
    static String actors(Event event, Map<String, Actor> actors) {
        // loops, not streams or sets: every row of every table, and an event names a handful of actors
        List<Participation> participations = event.actors();
        if (participations.size() == 1) {
            return name(participations.get(0), actors);
        }
        List<String> names = new ArrayList<>(participations.size());
        StringBuilder joined = new StringBuilder();
        for (Participation p : participations) {
            String name = name(p, actors);
            if (!names.contains(name)) {
                if (!names.isEmpty()) {
                    joined.append("; ");
                }
                names.add(name);
                joined.append(name);
            }
        }
        return joined.toString();
    }

    static String name(Participation p, Map<String, Actor> actors) {
        Actor actor = actors.get(p.actorId());
        return actor == null ? p.actorId() : actor.name();
    }

    /** Citations joined by {@code "; "}: "Caspian News 2023-01-30; 2023-03-30". */
    static String sources(Event event) {
        List<Source> sources = event.sources();
        if (sources.size() == 1) {
            return sources.get(0).citation();
        }
        StringBuilder citations = new StringBuilder();
        for (int i = 0; i < sources.size(); i++) {
            if (i > 0) {
                citations.append("; ");
            }
            citations.append(sources.get(i).citation());
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
        if (isPlainDay(event.date())) {
            return event.date().toString();
        }
        LocalDate day = event.date().earliest();
        return day.equals(LocalDate.MIN) ? "" : day.toString();
    }

    /** The last day of the span (inclusive) as ISO, or "" when open. */
    static String end(Event event) {
        if (isPlainDay(event.date())) {
            return event.date().toString();
        }
        LocalDate day = event.date().latest();
        return day.equals(LocalDate.MAX) ? "" : day.toString();
    }

    /**
     * Whether {@code date} is one day written {@code YYYY-MM-DD} (most dates of big inputs), whose EDTF text is then
     * its first and last day as ISO too: no day to print again. A date-time, a qualified day or an interval is
     * longer or not a day.
     */
    static boolean isPlainDay(EventDate date) {
        return !date.isInterval() && date.precision() == Precision.DAY && date.toString().length() == 10;
    }
}
