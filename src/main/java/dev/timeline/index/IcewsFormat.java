package dev.timeline.index;

import dev.timeline.dates.EventDate;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Cameo;
import dev.timeline.model.Countries;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Names;
import dev.timeline.model.Participation;
import dev.timeline.model.Place;
import dev.timeline.model.QuadClass;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ICEWS coded event files (Harvard Dataverse, doi:10.7910/DVN/28075): tab-separated, no quoting, a header naming
 * the 20 columns ({@code Event ID}, {@code Event Date}, {@code Source Name}, ..., {@code Latitude},
 * {@code Longitude}), found by name. A missing value is an empty field or, in files written by R's readr, the
 * text {@code NA}: both are read as missing.
 *
 * <p>Mapping: the id is {@code icews-} and {@code Event ID}; {@code Event Date} the day; {@code Source Name} the
 * initiator and {@code Target Name} the target, each tied to the country of {@code Source Country} /
 * {@code Target Country}; the {@code CAMEO Code} (kept as text: {@code 040}) gives the type by its root
 * ({@link EventType#ofCameo}), with tags {@code cameo:CODE}, {@code quad:N} (the code's quad class by its root,
 * {@link Cameo#quadOf}; ICEWS has no QuadClass column of its own) and {@code goldstein:X} (the row's
 * {@code Intensity}, ICEWS's Goldstein value: the event's intensity, {@link Event#intensity()}); the place is the
 * most precise of {@code City}, {@code District}, {@code Province} with {@code Country}, and
 * {@code Latitude}/{@code Longitude} its point; the source is the {@code Publisher}, with the story and sentence
 * numbers as its note.
 */
final class IcewsFormat implements RowFormat {

    private static final String[] REQUIRED = {"event id", "event date", "source name", "cameo code", "target name"};

    private final ThreadLocal<Fields> fields = ThreadLocal.withInitial(Fields::new);
    private final int width;
    private final int id;
    private final int date;
    private final int sourceName;
    private final int sourceSectors;
    private final int sourceCountry;
    private final int text;
    private final int code;
    private final int intensity;
    private final int targetName;
    private final int targetSectors;
    private final int targetCountry;
    private final int story;
    private final int sentence;
    private final int publisher;
    private final int city;
    private final int district;
    private final int province;
    private final int country;
    private final int latitude;
    private final int longitude;

    private IcewsFormat(List<String> header) {
        Map<String, Integer> at = Fields.columns(header);
        width = header.size();
        id = at.get("event id");
        date = at.get("event date");
        sourceName = at.get("source name");
        sourceSectors = at.getOrDefault("source sectors", -1);
        sourceCountry = at.getOrDefault("source country", -1);
        text = at.getOrDefault("event text", -1);
        code = at.get("cameo code");
        intensity = at.getOrDefault("intensity", -1);
        targetName = at.get("target name");
        targetSectors = at.getOrDefault("target sectors", -1);
        targetCountry = at.getOrDefault("target country", -1);
        story = at.getOrDefault("story id", -1);
        sentence = at.getOrDefault("sentence number", -1);
        publisher = at.getOrDefault("publisher", -1);
        city = at.getOrDefault("city", -1);
        district = at.getOrDefault("district", -1);
        province = at.getOrDefault("province", -1);
        country = at.getOrDefault("country", -1);
        latitude = at.getOrDefault("latitude", -1);
        longitude = at.getOrDefault("longitude", -1);
    }

    /** Whether {@code header}, the first line split on tabs, is an ICEWS event file's. */
    static boolean recognises(List<String> header) {
        return Fields.columns(header).keySet().containsAll(List.of(REQUIRED));
    }

    /** The format of a file whose header is {@code header}, which {@link #recognises} must accept. */
    static IcewsFormat of(List<String> header) {
        return new IcewsFormat(header);
    }

    @Override
    public boolean quoted() {
        return false;
    }

    @Override
    public boolean tiesActorsToCountries() {
        return true;
    }

    @Override
    public void index(byte[] bytes, int from, int to, IndexRow row) throws BadRow {
        Fields f = fields.get().tabs(bytes, from, to);
        f.checkWidth(width, "tab-separated fields");
        row.id(id(f));
        type(f); // checked here too, so that --skip-bad leaves such a row out
        Points.of(value(f, latitude), value(f, longitude), "Latitude", "Longitude");
        int day = (int) day(f).toEpochDay();
        row.start = day;
        row.end = day;
        actor(f, sourceName, sourceSectors, sourceCountry, row);
        actor(f, targetName, targetSectors, targetCountry, row);
    }

    private static void actor(Fields f, int name, int sectors, int country, IndexRow row) {
        String actorName = value(f, name);
        if (actorName != null) {
            if (row.keys.containsKey(actorName)) { // known: its country and kind were found when it was new
                row.actor(actorName, null, actorName, null, null);
                return;
            }
            String code = Countries.ofName(value(f, country));
            row.actor(actorName, null, actorName, kind(actorName, value(f, sectors), code), code);
        }
    }

    /**
     * A country named as itself is the state; ICEWS's sectors tell armed forces (military, police) and government
     * bodies apart; anything else is a group.
     */
    private static ActorKind kind(String name, String sectors, String country) {
        if (country != null && country.equals(Countries.ofName(name))) {
            return ActorKind.STATE;
        }
        if (sectors == null) {
            return ActorKind.GROUP;
        }
        String lower = sectors.toLowerCase(Locale.ROOT);
        if (lower.contains("military") || lower.contains("police")) {
            return ActorKind.ARMED_FORCE;
        }
        return lower.contains("government") || lower.contains("executive") ? ActorKind.GOVERNMENT_BODY
                : ActorKind.GROUP;
    }

    @Override
    public Event parse(byte[] bytes, int from, int to) throws BadRow {
        Fields f = fields.get().tabs(bytes, from, to);
        f.checkWidth(width, "tab-separated fields");
        String eventId = id(f);
        LocalDate day = day(f);
        String cameo = value(f, code);
        EventType type = type(f);
        String source = value(f, sourceName);
        String target = value(f, targetName);
        List<Participation> actors = new ArrayList<>();
        if (source != null) {
            actors.add(new Participation(Names.slug(source), Role.INITIATOR));
        }
        if (target != null) {
            Participation p = new Participation(Names.slug(target), Role.TARGET);
            if (!actors.contains(p)) {
                actors.add(p);
            }
        }
        String where = first(f, city, district, province);
        String countryName = value(f, country);
        String countryCode = Countries.ofName(countryName);
        if (where == null && countryCode == null) {
            where = countryName;
        }
        Place place = Points.place(where, countryCode, Points.of(value(f, latitude), value(f, longitude), "Latitude",
                "Longitude"));
        List<String> tags = new ArrayList<>(List.of("cameo:" + cameo));
        QuadClass quad = Cameo.quadOf(cameo);
        tags.add("quad:" + quad.code());
        String goldstein = value(f, intensity);
        if (goldstein != null) {
            try {
                double value = Double.parseDouble(goldstein);
                if (!(value >= -10 && value <= 10)) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new BadRow("'Intensity' is '" + goldstein + "'; expected a number in [-10, 10]");
            }
            tags.add("goldstein:" + goldstein);
        }
        List<Source> sources = new ArrayList<>();
        String outlet = value(f, publisher);
        String storyId = value(f, story);
        String sentenceNumber = value(f, sentence);
        String note = storyId == null ? null : "ICEWS story " + storyId + (sentenceNumber == null ? ""
                : ", sentence " + sentenceNumber);
        if (outlet != null) {
            sources.add(new Source(outlet, null, null, null, note));
        } else if (note != null) {
            sources.add(new Source(null, null, note, null, null)); // a source needs more than a note: name the story
        }
        String verb = value(f, text);
        String title = (verb != null ? verb : type.label()) + (source == null && target == null ? ""
                : ": " + (source == null ? "?" : source) + (target == null ? "" : " → " + target));
        return new Event(eventId, EventDate.of(day), title, "", type, actors, place, null, sources, tags, null);
    }

    private EventType type(Fields f) throws BadRow {
        String cameo = value(f, code);
        EventType type = EventType.ofCameo(cameo);
        if (type == null) {
            throw new BadRow("'CAMEO Code' is '" + (cameo == null ? "" : cameo) + "'; expected a CAMEO code such as "
                    + "040 or 190");
        }
        return type;
    }

    /** Field {@code i} trimmed, or null when missing, blank or {@code NA} (readr's missing value). */
    private static String value(Fields f, int i) {
        String text = f.text(i);
        return text == null || text.equals("NA") ? null : text;
    }

    private static String first(Fields f, int... columns) {
        for (int column : columns) {
            String found = value(f, column);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String id(Fields f) throws BadRow {
        String text = value(f, id);
        if (text == null) {
            throw new BadRow("'Event ID' is empty; expected an ICEWS event id such as 32889836");
        }
        return "icews-" + text;
    }

    private LocalDate day(Fields f) throws BadRow {
        String text = value(f, date);
        LocalDate day = text == null ? null : UcdpFormat.isoDay(text);
        if (day == null) {
            throw new BadRow("'Event Date' is '" + (text == null ? "" : text) + "'; expected a date like 2018-06-01");
        }
        return day;
    }
}
