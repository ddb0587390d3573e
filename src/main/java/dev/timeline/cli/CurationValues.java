package dev.timeline.cli;

import dev.timeline.dataset.DraftEvent;
import dev.timeline.dataset.EventChanges.ActorRef;
import dev.timeline.dates.EdtfException;
import dev.timeline.dates.EventDate;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Coded;
import dev.timeline.model.Countries;
import dev.timeline.model.Place;
import dev.timeline.model.Role;
import dev.timeline.model.Source;

/**
 * The values the curation commands read from options, each checked with a message that names the option, the
 * bad value and the expected form (the spellings {@code add} accepts).
 */
final class CurationValues {

    private CurationValues() {
    }

    static EventDate date(String option, String text) {
        try {
            return EventDate.parse(text.strip());
        } catch (EdtfException e) {
            throw TimelineException.usage("invalid value for option '" + option + "': '" + text + "' is not an "
                    + "EDTF date: " + e.getMessage());
        }
    }

    /** {@code NAME[:ROLE]}, the role participant when not given. */
    static ActorRef actor(String option, String typed) {
        int colon = typed.lastIndexOf(':');
        String name = (colon < 0 ? typed : typed.substring(0, colon)).strip();
        Role role = colon < 0 ? Role.PARTICIPANT : Coded.lookup(Role.class, typed.substring(colon + 1))
                .orElseThrow(() -> TimelineException.usage("invalid value for option '" + option + "': unknown role "
                        + "in '" + typed + "'; expected NAME:ROLE with ROLE one of: "
                        + String.join(", ", Coded.ids(Role.class))));
        if (name.isEmpty()) {
            throw TimelineException.usage("invalid value for option '" + option + "': '" + typed + "' names no "
                    + "actor; expected NAME[:ROLE]");
        }
        return new ActorRef(name, role);
    }

    /** {@code OUTLET@DATE}, {@code @DATE} or {@code OUTLET}. */
    static Source source(String option, String typed) {
        int at = typed.lastIndexOf('@');
        String outlet = (at < 0 ? typed : typed.substring(0, at)).strip();
        EventDate published = at < 0 ? null : date(option, typed.substring(at + 1));
        if (outlet.isEmpty() && published == null) {
            throw TimelineException.usage("invalid value for option '" + option + "': '" + typed + "'; expected "
                    + "OUTLET@YYYY-MM-DD, @YYYY-MM-DD or OUTLET");
        }
        return new Source(outlet.isEmpty() ? null : outlet, published, null, null, null);
    }

    /**
     * {@code NAME[,CODE][@LAT,LON]} as {@link DraftEvent#parsePlace} reads it; blank text is a place of that (blank)
     * name.
     */
    static Place place(String option, String typed) {
        try {
            return typed.isBlank() ? new Place(typed.strip(), null) : DraftEvent.parsePlace(typed);
        } catch (IllegalArgumentException e) {
            throw TimelineException.usage("invalid value for option '" + option + "': " + e.getMessage());
        }
    }

    static ActorKind kind(String option, String typed) {
        return typed == null ? null : Coded.lookup(ActorKind.class, typed).orElseThrow(() -> TimelineException.usage(
                "invalid value for option '" + option + "': '" + typed + "'; expected one of: "
                        + String.join(", ", Coded.ids(ActorKind.class))));
    }

    /** An ISO 3166-1 alpha-3 code from a code or an English country name. */
    static String country(String option, String typed) {
        if (typed == null) {
            return null;
        }
        String code = Countries.alpha3(typed);
        if (code == null) {
            throw TimelineException.usage("invalid value for option '" + option + "': '" + typed + "' is not a "
                    + "country; expected an ISO 3166-1 alpha-3 code or an English name, e.g. AZE or Azerbaijan");
        }
        return code;
    }

    static int count(String option, int n) {
        if (n < 0) {
            throw TimelineException.usage("invalid value for option '" + option + "': " + n
                    + "; expected a whole number of 0 or more");
        }
        return n;
    }
}
