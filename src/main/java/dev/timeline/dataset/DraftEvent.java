package dev.timeline.dataset;

import dev.timeline.dates.EdtfException;
import dev.timeline.dates.EventDate;
import dev.timeline.model.Actor;
import dev.timeline.model.Coded;
import dev.timeline.model.Dataset;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Names;
import dev.timeline.model.Participation;
import dev.timeline.model.Place;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import dev.timeline.query.ActorResolver;
import dev.timeline.query.QueryException;
import dev.timeline.query.Selector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event as a curator types it, before it meets a dataset: actors by name, the id perhaps not yet chosen.
 * {@link #build(Dataset)} resolves it against the dataset it will join. The {@code parse} methods read the short
 * forms people type ({@code NAME:ROLE}, {@code OUTLET@DATE}, {@code NAME,CODE@LAT,LON}); they throw
 * {@link IllegalArgumentException} with a message that names the value and the expected form. Actors and sources
 * are kept as typed and read by {@link #build}, in the order given, so that the first mistake is the one reported,
 * whether it is a role or a name.
 *
 * @param id         the id, or null to derive one from date and title
 * @param date       when it happened
 * @param title      a short title
 * @param summary    a sentence or two, or null
 * @param type       the event type
 * @param actors     actors as typed, {@code NAME[:ROLE]} (see {@link ActorRef#parse}), in order
 * @param place      where, or null
 * @param sources    citations as typed, {@code OUTLET@DATE} (see {@link #parseSource}), in order
 * @param tags       labels
 * @param fatalities deaths reported, or null
 * @param note       a curator's note, or null
 */
public record DraftEvent(String id, EventDate date, String title, String summary, EventType type,
        List<String> actors, Place place, List<String> sources, List<String> tags, Integer fatalities,
        String note) {

    /** An actor as typed (id, name or alias) and its role. */
    public record ActorRef(String name, Role role) {

        /**
         * {@code NAME[:ROLE]}: the role after the last colon, participant when there is none.
         *
         * @throws IllegalArgumentException when the role is not one of {@link Role}'s ids
         */
        public static ActorRef parse(String typed) {
            int colon = typed.lastIndexOf(':');
            String name = colon < 0 ? typed : typed.substring(0, colon);
            Role role = colon < 0 ? Role.PARTICIPANT : Coded.lookup(Role.class, typed.substring(colon + 1))
                    .orElseThrow(() -> new IllegalArgumentException("unknown role in '" + typed + "'; expected "
                            + "NAME:ROLE with ROLE one of: " + String.join(", ", Coded.ids(Role.class))));
            return new ActorRef(name, role);
        }
    }

    public DraftEvent {
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
    }

    /** An EDTF date; the message of the exception thrown names the text. */
    public static EventDate parseDate(String text) {
        try {
            return EventDate.parse(text);
        } catch (EdtfException e) {
            throw new IllegalArgumentException("'" + text + "' is not an EDTF date: " + e.getMessage(), e);
        }
    }

    /**
     * {@code OUTLET@YYYY-MM-DD}, {@code @YYYY-MM-DD} (outlet unknown) or {@code OUTLET} (undated): split at the
     * last {@code @}.
     *
     * @throws IllegalArgumentException when the date is not EDTF, or neither outlet nor date is given
     */
    public static Source parseSource(String typed) {
        int at = typed.lastIndexOf('@');
        String outlet = (at < 0 ? typed : typed.substring(0, at)).strip();
        EventDate published = at < 0 ? null : parseDate(typed.substring(at + 1).strip());
        if (outlet.isEmpty() && published == null) {
            throw new IllegalArgumentException("'" + typed + "'; expected OUTLET@YYYY-MM-DD, @YYYY-MM-DD or OUTLET");
        }
        return new Source(outlet.isEmpty() ? null : outlet, published, null, null, null);
    }

    /** What follows the last {@code @} of a place when it is meant as a point: digits, signs, dots, a comma. */
    private static final Pattern POINT_LIKE = Pattern.compile("[\\s0-9.,+-]*");
    private static final Pattern POINT = Pattern.compile("\\s*([+-]?[0-9]+(?:\\.[0-9]+)?)\\s*,\\s*([+-]?[0-9]+(?:\\.[0-9]+)?)\\s*");

    /**
     * {@code NAME[,CODE][@LAT,LON]}: a name, with an ISO 3166-1 alpha-3 code after the last comma when it is one
     * (else the comma is part of the name), and a point in WGS 84 degrees after the last {@code @} when what
     * follows it is numbers ({@code Tehran,IRN@35.6892,51.389}; an {@code @} before other text is part of the
     * name); null for blank text.
     *
     * @throws IllegalArgumentException for a point that is not two numbers or is out of range
     */
    public static Place parsePlace(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        int at = typed.lastIndexOf('@');
        if (at >= 0 && POINT_LIKE.matcher(typed.substring(at + 1)).matches()) {
            Matcher point = POINT.matcher(typed.substring(at + 1));
            double lat = point.matches() ? Double.parseDouble(point.group(1)) : Double.NaN;
            double lon = point.matches() ? Double.parseDouble(point.group(2)) : Double.NaN;
            if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
                throw new IllegalArgumentException("'" + typed + "' has no valid point after '@'; expected "
                        + "NAME[,CODE]@LAT,LON with LAT from -90 to 90 and LON from -180 to 180 (WGS 84 degrees), "
                        + "e.g. 'Tehran,IRN@35.6892,51.389'");
            }
            Place place = nameAndCountry(typed.substring(0, at));
            return place == null ? new Place(null, null, lat, lon)
                    : new Place(place.name(), place.country(), lat, lon);
        }
        return nameAndCountry(typed);
    }

    /** {@code NAME[,CODE]}; null for blank text. */
    private static Place nameAndCountry(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        int comma = typed.lastIndexOf(',');
        String code = comma < 0 ? "" : typed.substring(comma + 1).strip().toUpperCase(Locale.ROOT);
        if (comma >= 0 && Place.isCountryCode(code)) {
            String name = typed.substring(0, comma).strip();
            return new Place(name.isEmpty() ? null : name, code);
        }
        return new Place(typed.strip(), null);
    }

    /**
     * The event this draft makes in {@code current}: actors resolved to ids, the id given or derived, title and
     * summary stripped.
     *
     * @throws QueryException for a bad role or an unknown actor (with the nearest names), an id with blanks or
     *                        already taken, negative fatalities or a bad source; each message names the
     *                        {@code add} option
     */
    public Event build(Dataset current) {
        return build(current, name -> Optional.empty());
    }

    /**
     * As {@link #build(Dataset)}, with {@code unknown} asked for an actor name {@code current} does not know before
     * it is refused: {@code add --new-actor} creates the actor there.
     */
    public Event build(Dataset current, Function<String, Optional<Actor>> unknown) {
        ActorResolver resolver = new ActorResolver(current.actors());
        List<Participation> participations = new ArrayList<>();
        for (String typed : actors) {
            ActorRef ref = parsed("--actor", ActorRef::parse, typed);
            Actor actor = resolver.find(ref.name()).or(() -> unknown.apply(ref.name()))
                    .orElseThrow(() -> Selector.unknownActor(resolver, "--actor", ref.name()));
            participations.add(new Participation(actor.id(), ref.role()));
        }
        String eventId = id != null ? id.strip() : deriveId(current, date, title);
        if (eventId.isEmpty() || eventId.chars().anyMatch(Character::isWhitespace)) {
            throw new QueryException("invalid value for option '--id': '" + id + "'; expected a slug without "
                    + "blanks, e.g. baku-wants-good-ties");
        }
        requireNewId(current, eventId);
        if (fatalities != null && fatalities < 0) {
            throw new QueryException("invalid value for option '--fatalities': " + fatalities
                    + "; expected a whole number of 0 or more");
        }
        List<Source> cited = new ArrayList<>();
        for (String typed : sources) {
            cited.add(parsed("--source", DraftEvent::parseSource, typed));
        }
        return new Event(eventId, date, title.strip(), summary == null ? "" : summary.strip(), type,
                participations, place, fatalities, cited, tags, note);
    }

    private static <T> T parsed(String option, Function<String, T> parse, String typed) {
        try {
            return parse.apply(typed);
        } catch (IllegalArgumentException e) {
            throw new QueryException("invalid value for option '" + option + "': " + e.getMessage());
        }
    }

    /** Fails when {@code current} has an event with id {@code eventId}. */
    public static void requireNewId(Dataset current, String eventId) {
        if (current.event(eventId).isPresent()) {
            throw new QueryException("an event with id '" + eventId + "' already exists; choose another --id");
        }
    }

    /** "2023-04-13-baku-wants-good-ties", made unique in {@code current} with "-2", "-3"... */
    public static String deriveId(Dataset current, EventDate date, String title) {
        String base = Names.normalize(date.toString() + " " + title).replace(' ', '-');
        if (base.length() > 60) {
            int cut = base.lastIndexOf('-', 60);
            base = base.substring(0, cut > 20 ? cut : 60);
        }
        Set<String> taken = new HashSet<>();
        current.events().forEach(e -> taken.add(e.id()));
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
