package dev.timeline.index;

import dev.timeline.dates.EventDate;
import dev.timeline.model.ActorKind;
import dev.timeline.model.Countries;
import dev.timeline.model.Event;
import dev.timeline.model.EventType;
import dev.timeline.model.Names;
import dev.timeline.model.Participation;
import dev.timeline.model.Place;
import dev.timeline.model.Role;
import dev.timeline.model.Source;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * GDELT event exports: tab-separated, no header; GDELT 2.0 has 61 columns, GDELT 1.0 57 (backfile) or 58 (daily
 * files, with SOURCEURL); widths may mix within one file. Mapping: GLOBALEVENTID is the id; SQLDATE the day;
 * Actor1Name and Actor2Name are the initiator and the target, and their CAMEO country codes, where they are ISO
 * alpha-3, add the country as an actor in the same role (so {@code --actor Iran} finds Iranian police too); the
 * CAMEO EventCode gives the type by its root ({@link EventType#ofCameo}), with tags {@code cameo:CODE},
 * {@code quad:N} and {@code goldstein:X} keeping the row's codes (QuadClass and GoldsteinScale are the event's own
 * quad class and intensity: {@link Event#quad()}, {@link Event#intensity()}); ActionGeo_FullName is the place (its country
 * from the name's last part), ActionGeo_Lat/ActionGeo_Long its point (none when blank or 0,0: {@link Points}); SOURCEURL the source (outlet: the host; published: DATEADDED's day).
 */
final class GdeltFormat implements RowFormat {

    private static final int ID = 0;
    private static final int SQLDATE = 1;
    private static final int ACTOR1_NAME = 6;
    private static final int ACTOR1_COUNTRY = 7;
    private static final int ACTOR1_TYPE = 12;
    private static final int ACTOR2_NAME = 16;
    private static final int ACTOR2_COUNTRY = 17;
    private static final int ACTOR2_TYPE = 22;
    private static final int EVENT_CODE = 26;
    private static final int QUAD_CLASS = 29;
    private static final int GOLDSTEIN = 30;

    private final ThreadLocal<Fields> fields = ThreadLocal.withInitial(Fields::new);

    /** Whether a first record split on tabs looks like GDELT's: a known width, a numeric id and an 8-digit date. */
    public static boolean recognises(List<String> cells) {
        int n = cells.size();
        return (n == 57 || n == 58 || n == 61) && cells.get(0).matches("[0-9]+")
                && cells.get(1).matches("[0-9]{8}");
    }

    @Override
    public boolean tiesActorsToCountries() {
        return true;
    }

    @Override
    public boolean quoted() {
        return false;
    }

    @Override
    public void index(byte[] bytes, int from, int to, IndexRow row) throws BadRow {
        Fields f = fields.get().tabs(bytes, from, to);
        checkWidth(f);
        row.id(id(f));
        int day = (int) day(f, SQLDATE, "SQLDATE").toEpochDay();
        row.start = day;
        row.end = day;
        point(f); // checked here too, so that --skip-bad can leave such a row out
        actor(f, ACTOR1_NAME, ACTOR1_COUNTRY, ACTOR1_TYPE, row);
        actor(f, ACTOR2_NAME, ACTOR2_COUNTRY, ACTOR2_TYPE, row);
    }

    private static void actor(Fields f, int name, int country, int type, IndexRow row) {
        String actorName = f.text(name);
        if (actorName != null) {
            row.actor(actorName, null, actorName, kind(f.text(type)), null);
        }
        String code = f.text(country);
        String countryName = Countries.nameOf(code);
        if (countryName != null && (actorName == null || !Names.slug(actorName).equals(Names.slug(countryName)))) {
            row.actor(code, null, countryName, ActorKind.STATE, code);
        }
    }

    /** CAMEO actor type codes: GOV government, MIL armed forces, COP police; anything else a group. */
    private static ActorKind kind(String type) {
        if (type == null) {
            return ActorKind.GROUP;
        }
        return switch (type) {
            case "GOV", "LEG", "JUD" -> ActorKind.GOVERNMENT_BODY;
            case "MIL", "COP", "SPY" -> ActorKind.ARMED_FORCE;
            default -> ActorKind.GROUP;
        };
    }

    @Override
    public Event parse(byte[] bytes, int from, int to) throws BadRow {
        Fields f = fields.get().tabs(bytes, from, to);
        checkWidth(f);
        String id = id(f);
        LocalDate day = day(f, SQLDATE, "SQLDATE");
        String code = f.text(EVENT_CODE);
        EventType type = EventType.ofCameo(code);
        if (type == null) {
            throw new BadRow("EventCode is '" + (code == null ? "" : code) + "'; expected a CAMEO code such as 190");
        }
        List<Participation> actors = new ArrayList<>();
        participations(f, ACTOR1_NAME, ACTOR1_COUNTRY, Role.INITIATOR, actors);
        participations(f, ACTOR2_NAME, ACTOR2_COUNTRY, Role.TARGET, actors);
        boolean v2 = f.count() == 61;
        String where = f.text(v2 ? 52 : 50);
        double[] point = point(f);
        String countryCode = null;
        if (where != null) {
            int comma = where.lastIndexOf(',');
            countryCode = Countries.ofName(comma < 0 ? where : where.substring(comma + 1));
        }
        Place place = Points.place(where, countryCode, point);
        List<Source> sources = new ArrayList<>();
        String url = f.count() == 57 ? null : f.text(v2 ? 60 : 57);
        if (url != null) {
            String added = f.text(v2 ? 59 : 56);
            EventDate published = null;
            if (added != null && added.length() >= 8) {
                LocalDate addedDay = parseDay(added.substring(0, 8));
                published = addedDay == null ? null : EventDate.of(addedDay);
            }
            sources.add(new Source(host(url), published, null, url, null));
        }
        List<String> tags = new ArrayList<>(List.of("cameo:" + code));
        String quad = f.text(QUAD_CLASS);
        if (quad != null) {
            tags.add("quad:" + quad);
        }
        String goldstein = f.text(GOLDSTEIN);
        if (goldstein != null) {
            tags.add("goldstein:" + goldstein);
        }
        String actor1 = f.text(ACTOR1_NAME);
        String actor2 = f.text(ACTOR2_NAME);
        String title = type.label() + (actor1 == null && actor2 == null ? ""
                : ": " + (actor1 == null ? "?" : actor1) + (actor2 == null ? "" : " → " + actor2));
        return new Event(id, EventDate.of(day), title, "", type, actors, place, null, sources, tags, null);
    }

    private static void participations(Fields f, int name, int country, Role role, List<Participation> out) {
        String actorName = f.text(name);
        if (actorName != null) {
            add(out, new Participation(Names.slug(actorName), role));
        }
        String countryName = Countries.nameOf(f.text(country));
        if (countryName != null) {
            add(out, new Participation(Names.slug(countryName), role));
        }
    }

    private static void add(List<Participation> out, Participation p) {
        if (!out.contains(p)) {
            out.add(p);
        }
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            if (host != null) {
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        } catch (IllegalArgumentException e) {
            // not a URL: keep it whole as the outlet
        }
        return url;
    }

    /** ActionGeo_Lat and ActionGeo_Long, where the two layouts put them. */
    private static double[] point(Fields f) throws BadRow {
        boolean v2 = f.count() == 61;
        return Points.of(f.text(v2 ? 56 : 53), f.text(v2 ? 57 : 54), "ActionGeo_Lat", "ActionGeo_Long");
    }

    private static void checkWidth(Fields f) throws BadRow {
        int n = f.count();
        if (n != 57 && n != 58 && n != 61) {
            throw new BadRow("the record has " + n + " tab-separated fields; expected 61 (GDELT 2.0) or 57/58 "
                    + "(GDELT 1.0)");
        }
    }

    private static String id(Fields f) throws BadRow {
        String id = f.text(ID);
        if (id == null) {
            throw new BadRow("GLOBALEVENTID is empty; expected a number");
        }
        return id;
    }

    private static LocalDate day(Fields f, int column, String name) throws BadRow {
        String text = f.text(column);
        LocalDate day = text == null ? null : parseDay(text);
        if (day == null) {
            throw new BadRow(name + " is '" + (text == null ? "" : text) + "'; expected a date as YYYYMMDD, e.g. "
                    + "20191024");
        }
        return day;
    }

    private static LocalDate parseDay(String text) {
        if (text.length() != 8 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                    Integer.parseInt(text.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
