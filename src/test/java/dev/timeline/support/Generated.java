package dev.timeline.support;

import dev.timeline.dates.EventDate;
import dev.timeline.model.Actor;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Participation;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Datasets made up from a seed, for tests that need many events: states with ministries and people part of them,
 * events whose actors follow a skewed distribution (a few busy lanes, many quiet ones), and dates of every kind a
 * dataset may hold (exact days, {@code ~} and {@code ?} days, months, years, lasting intervals, open and long periods).
 */
public final class Generated {

    private Generated() {
    }

    /** {@code events} events from {@code states} states between {@code from} and {@code from + days}. */
    public static Dataset dataset(long seed, int events, int states, LocalDate from, int days) {
        Random random = new Random(seed);
        List<Actor> actors = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            String state = "state-" + s;
            actors.add(new Actor(state, "State " + s, ActorKind.STATE, null, List.of(), null, null));
            actors.add(new Actor(state + "-ministry", "Ministry of State " + s, ActorKind.GOVERNMENT_BODY, null,
                    List.of(), state, null));
            actors.add(new Actor(state + "-minister", "Minister " + s, ActorKind.PERSON, null, List.of(),
                    state + "-ministry", "Minister"));
        }
        EventType[] types = EventType.values();
        List<Event> list = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            LocalDate day = from.plusDays(random.nextInt(days));
            EventDate date = date(random, day, from, days);
            List<Participation> who = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int a = 0; a < count; a++) {
                // squared: low numbers are far more likely, so the first states are busy
                int state = (int) (Math.pow(random.nextDouble(), 2) * states);
                String suffix = switch (random.nextInt(3)) {
                    case 0 -> "";
                    case 1 -> "-ministry";
                    default -> "-minister";
                };
                Participation p = new Participation("state-" + state + suffix, Role.values()[random.nextInt(4)]);
                if (who.stream().noneMatch(q -> q.actorId().equals(p.actorId()))) {
                    who.add(p);
                }
            }
            EventType type = types[random.nextInt(types.length - 2)]; // periods come from dates, not types
            list.add(new Event("e" + i, date, "Event number " + i + " of type " + type.id(), "", type, who, null,
                    null, List.of(new Source("Generated", EventDate.of(day), null, null, null)), List.of(), null));
        }
        return new Dataset("generated-" + seed, "1", "Generated: " + events + " events", null, actors, list);
    }

    private static EventDate date(Random random, LocalDate day, LocalDate from, int days) {
        int kind = random.nextInt(100);
        if (kind < 65) {
            return EventDate.of(day);
        }
        if (kind < 75) {
            return EventDate.parse(day + "~");
        }
        if (kind < 80) {
            return EventDate.parse(day + "?");
        }
        if (kind < 90) {
            return EventDate.parse(day.toString().substring(0, 7));
        }
        if (kind < 93) {
            return EventDate.parse(day.toString().substring(0, 4));
        }
        if (kind < 98) {
            return EventDate.parse(day + "/" + day.plusDays(1 + random.nextInt(20)));
        }
        if (kind < 99) {
            return EventDate.parse(day + "/..");
        }
        LocalDate end = day.plusDays(200 + random.nextInt(400));
        return EventDate.parse(day + "/" + (end.isAfter(from.plusDays(days)) ? from.plusDays(days) : end));
    }
}
