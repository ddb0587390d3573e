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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * ACLED CSV exports, current (31 columns, from {@code event_id_cnty} to {@code timestamp}) and older layouts
 * (with {@code data_id}, {@code iso3}; HDX files with an HXL hashtag row): columns are found by name in the header,
 * and any may be missing except {@code event_date} and an id.
 *
 * <p>Mapping: {@code event_id_cnty} (else {@code data_id}) is the id; {@code event_date} with
 * {@code time_precision} the EDTF date (1: the day; 2: the week around it, {@code D-3/D+3}; 3: the month);
 * {@code actor1} and {@code assoc_actor_1} ({@code ;}-separated) are initiators, {@code actor2} and
 * {@code assoc_actor_2} targets, each identified by {@link dev.timeline.model.Names#slug its name}; the type
 * is {@code event_type} in the vocabulary, with {@code sub_event_type} and {@code disorder_type} as tags; the
 * place is {@code location} (else admin3..admin1) in the country of {@code iso3}, else of numeric {@code iso},
 * else of {@code country}, with {@code latitude}/{@code longitude} as its point (none when blank or 0,0:
 * {@link Points}); {@code source} split on {@code ;} gives the sources; {@code notes} the summary.
 * Dates may be ISO ({@code 2020-03-21}), ACLED's older {@code 21 March 2020} or {@code 21/03/2020} (day first),
 * or Excel's {@code 9-May-20}. Column names are matched ignoring case ({@code EVENT_DATE} in old exports), and
 * {@code ally_actor_1}/{@code ally_actor_2} are read as the assoc columns they were renamed to.
 */
final class AcledFormat implements RowFormat {

    private final ThreadLocal<Fields> fields = ThreadLocal.withInitial(Fields::new);
    private final int width;
    private final int id;
    private final int dataId;
    private final int date;
    private final int precision;
    private final int disorder;
    private final int eventType;
    private final int subEventType;
    private final int actor1;
    private final int assoc1;
    private final int inter1;
    private final int actor2;
    private final int assoc2;
    private final int inter2;
    private final int iso;
    private final int iso3;
    private final int country;
    private final int admin1;
    private final int admin2;
    private final int admin3;
    private final int location;
    private final int source;
    private final int notes;
    private final int fatalities;
    private final int civilianTargeting;
    private final int tagsColumn;
    private final int latitude;
    private final int longitude;

    private AcledFormat(List<String> header) {
        Map<String, Integer> at = Fields.columns(header);
        width = header.size();
        id = at.getOrDefault("event_id_cnty", -1);
        dataId = at.getOrDefault("data_id", -1);
        date = at.getOrDefault("event_date", -1);
        precision = at.getOrDefault("time_precision", -1);
        disorder = at.getOrDefault("disorder_type", -1);
        eventType = at.getOrDefault("event_type", -1);
        subEventType = at.getOrDefault("sub_event_type", -1);
        actor1 = at.getOrDefault("actor1", -1);
        assoc1 = at.getOrDefault("assoc_actor_1", at.getOrDefault("ally_actor_1", -1));
        inter1 = at.getOrDefault("inter1", -1);
        actor2 = at.getOrDefault("actor2", -1);
        assoc2 = at.getOrDefault("assoc_actor_2", at.getOrDefault("ally_actor_2", -1));
        inter2 = at.getOrDefault("inter2", -1);
        iso = at.getOrDefault("iso", -1);
        iso3 = at.getOrDefault("iso3", -1);
        country = at.getOrDefault("country", -1);
        admin1 = at.getOrDefault("admin1", -1);
        admin2 = at.getOrDefault("admin2", -1);
        admin3 = at.getOrDefault("admin3", -1);
        location = at.getOrDefault("location", -1);
        source = at.getOrDefault("source", -1);
        notes = at.getOrDefault("notes", -1);
        fatalities = at.getOrDefault("fatalities", -1);
        civilianTargeting = at.getOrDefault("civilian_targeting", -1);
        tagsColumn = at.getOrDefault("tags", -1);
        latitude = at.getOrDefault("latitude", -1);
        longitude = at.getOrDefault("longitude", -1);
    }

    /** How many columns the header names. */
    int width() {
        return width;
    }

    /**
     * The position of the column this mapping reads under the current export's {@code name} (ally_actor_1 is
     * read as assoc_actor_1, as the mapping reads it), or -1 when the file has none.
     */
    int column(String name) {
        return switch (name) {
            case "event_id_cnty" -> id;
            case "data_id" -> dataId;
            case "event_date" -> date;
            case "time_precision" -> precision;
            case "disorder_type" -> disorder;
            case "event_type" -> eventType;
            case "sub_event_type" -> subEventType;
            case "actor1" -> actor1;
            case "assoc_actor_1" -> assoc1;
            case "inter1" -> inter1;
            case "actor2" -> actor2;
            case "assoc_actor_2" -> assoc2;
            case "inter2" -> inter2;
            case "iso" -> iso;
            case "iso3" -> iso3;
            case "country" -> country;
            case "admin1" -> admin1;
            case "admin2" -> admin2;
            case "admin3" -> admin3;
            case "location" -> location;
            case "source" -> source;
            case "notes" -> notes;
            case "fatalities" -> fatalities;
            case "civilian_targeting" -> civilianTargeting;
            case "tags" -> tagsColumn;
            case "latitude" -> latitude;
            case "longitude" -> longitude;
            default -> throw new IllegalArgumentException("no ACLED column " + name);
        };
    }

    /** Whether {@code header} (column names) is an ACLED export's. */
    public static boolean recognises(List<String> header) {
        List<String> lower = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        return lower.contains("event_date") && lower.contains("event_type")
                && (lower.contains("event_id_cnty") || lower.contains("data_id"));
    }

    /** The format of a file whose header row is {@code header}; throws when it is not ACLED's. */
    public static AcledFormat of(List<String> header) {
        return new AcledFormat(header);
    }

    /** Whether {@code row} is an HXL hashtag row (HDX exports put one under the header). */
    public static boolean isHxl(List<String> row) {
        return row.stream().anyMatch(cell -> cell.startsWith("#")) && row.stream().allMatch(cell -> cell.isEmpty()
                || cell.startsWith("#"));
    }

    @Override
    public boolean tiesActorsToCountries() {
        return true;
    }

    @Override
    public boolean quoted() {
        return true;
    }

    @Override
    public void index(byte[] bytes, int from, int to, IndexRow row) throws BadRow {
        Fields f = fields.get().csv(bytes, from, to);
        f.checkWidth(width, "fields");
        int idColumn = !f.isEmpty(id) ? id : dataId;
        if (idColumn >= 0 && !f.isEmpty(idColumn) && !f.escaped(idColumn)
                && bytes[f.start(idColumn)] != ' ' && bytes[f.end(idColumn) - 1] != ' ') {
            row.idHash = IndexRow.hash(bytes, f.start(idColumn), f.end(idColumn));
        } else {
            row.id(id(f));
        }
        int iso = date < 0 || f.isEmpty(date) ? Integer.MIN_VALUE
                : IndexRow.isoDay(bytes, f.start(date), f.end(date));
        LocalDate day = iso != Integer.MIN_VALUE && f.end(date) - f.start(date) == 10 ? null : day(f);
        long first = day == null ? iso : day.toEpochDay();
        int p = precision(f);
        long last = first;
        if (p == 2) {
            first -= 3;
            last += 3;
        } else if (p == 3) {
            LocalDate d = day != null ? day : LocalDate.ofEpochDay(first);
            first = d.withDayOfMonth(1).toEpochDay();
            last = d.withDayOfMonth(d.lengthOfMonth()).toEpochDay();
        }
        row.start = (int) first;
        row.end = (int) last;
        Points.of(f.text(latitude), f.text(longitude), "latitude", "longitude"); // so that --skip-bad can skip it
        actors(f, actor1, inter1, row);
        actors(f, assoc1, -1, row);
        actors(f, actor2, inter2, row);
        actors(f, assoc2, -1, row);
    }

    private static void actors(Fields f, int column, int inter, IndexRow row) {
        if (column < 0 || column >= f.count() || f.isEmpty(column)) {
            return;
        }
        byte[] b = f.bytes();
        if (f.escaped(column)) {
            actorsSlow(f, column, inter, row);
            return;
        }
        int s = f.start(column);
        int end = f.end(column);
        while (s < end) {
            int e = Bytes.indexOf(b, s, end, (byte) ';');
            if (e < 0) {
                e = end;
            }
            int a = s;
            int z = e;
            while (a < z && b[a] == ' ') {
                a++;
            }
            while (z > a && b[z - 1] == ' ') {
                z--;
            }
            if (a < z) {
                int hash = IndexRow.hash(b, a, z);
                if (!row.knownActor(b, a, z, hash)) {
                    String name = new String(b, a, z - a, StandardCharsets.UTF_8).strip();
                    row.actor(b, a, z, hash, null, name, kind(f.text(inter)), null);
                }
            }
            s = e + 1;
        }
    }

    private static void actorsSlow(Fields f, int column, int inter, IndexRow row) {
        String cell = f.text(column);
        if (cell == null) {
            return;
        }
        ActorKind kind = kind(f.text(inter));
        for (String name : cell.split(";")) {
            String trimmed = name.strip();
            if (!trimmed.isEmpty()) {
                row.actor(trimmed, null, trimmed, kind, null);
            }
        }
    }

    /** ACLED's inter codes: 1 state forces, 8 external forces; 2–7 rebels, militias, rioters, protesters, civilians. */
    static ActorKind kind(String inter) {
        return "1".equals(inter) || "8".equals(inter) ? ActorKind.ARMED_FORCE : ActorKind.GROUP;
    }

    @Override
    public Event parse(byte[] bytes, int from, int to) throws BadRow {
        Fields f = fields.get().csv(bytes, from, to);
        f.checkWidth(width, "fields");
        return event(f::text);
    }

    /**
     * The event of one row whose cells {@code text} gives by column position, each as {@link Fields#text}: trimmed,
     * null when blank or absent (a negative position). The one mapping of an ACLED row, for this file's records and
     * for the rows another engine reads from the same file ({@link BigSource.Acled}).
     */
    Event event(IntFunction<String> text) throws BadRow {
        String eventId = id(text);
        EventDate when = when(text.apply(date), text.apply(precision));
        String typeText = text.apply(eventType);
        EventType type = type(typeText);
        String sub = text.apply(subEventType);
        List<Participation> actors = new ArrayList<>();
        participations(text.apply(actor1), Role.INITIATOR, actors);
        participations(text.apply(assoc1), Role.INITIATOR, actors);
        participations(text.apply(actor2), Role.TARGET, actors);
        participations(text.apply(assoc2), Role.TARGET, actors);
        String where = where(text);
        String code = country(text.apply(iso3), text.apply(iso), text.apply(country));
        Place place = Points.place(where, code, Points.of(text.apply(latitude), text.apply(longitude), "latitude",
                "longitude"));
        List<Source> sources = new ArrayList<>();
        String cited = text.apply(source);
        if (cited != null) {
            for (String outlet : cited.split(";")) {
                if (!outlet.isBlank()) {
                    sources.add(new Source(outlet.strip(), null, null, null, null));
                }
            }
        }
        List<String> tags = new ArrayList<>();
        if (sub != null) {
            tags.add(sub);
        }
        String disorderType = text.apply(disorder);
        if (disorderType != null) {
            tags.add(disorderType);
        }
        String targeting = text.apply(civilianTargeting);
        if (targeting != null) {
            tags.add(targeting);
        }
        String more = text.apply(tagsColumn);
        if (more != null) {
            for (String tag : more.split(";")) {
                if (!tag.isBlank() && !tags.contains(tag.strip())) {
                    tags.add(tag.strip());
                }
            }
        }
        String title = (sub != null ? sub : typeText) + (where != null ? " in " + where : "");
        String summary = text.apply(notes);
        return new Event(eventId, when, title, summary, type, actors, place, fatalities(text.apply(fatalities)),
                sources, tags, null);
    }

    /** The place's name: {@code location}, else the smallest admin area named. */
    private String where(IntFunction<String> text) {
        for (int column : new int[] {location, admin3, admin2, admin1}) {
            String name = text.apply(column);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** The EDTF date of {@code event_date} (trimmed, not null) at {@code time_precision} (trimmed, may be null). */
    static EventDate when(String dateText, String precisionText) throws BadRow {
        LocalDate day = day(dateText);
        return switch (precision(precisionText)) {
            case 2 -> EventDate.parse(day.minusDays(3) + "/" + day.plusDays(3));
            case 3 -> EventDate.parse(day.toString().substring(0, 7));
            default -> EventDate.of(day);
        };
    }

    /** The vocabulary's type of an {@code event_type} (trimmed, may be null). */
    static EventType type(String typeText) throws BadRow {
        if (typeText == null) {
            throw new BadRow("'event_type' is empty; expected an ACLED event type such as Battles or Protests");
        }
        EventType type = EventType.ofAcled(typeText);
        if (type == null) {
            throw new BadRow("unknown ACLED event_type '" + typeText + "'; expected Battles, Explosions/Remote "
                    + "violence, Violence against civilians, Protests, Riots or Strategic developments");
        }
        return type;
    }

    /** The alpha-3 code of {@code iso3}, else of the numeric {@code iso}, else of the {@code country} name. */
    static String country(String iso3, String iso, String country) {
        String code = Countries.isAlpha3(iso3) ? iso3 : Countries.ofNumeric(iso);
        return code != null ? code : Countries.ofName(country);
    }

    private static void participations(String cell, Role role, List<Participation> out) {
        if (cell == null) {
            return;
        }
        for (String name : cell.split(";")) {
            if (!name.isBlank()) {
                Participation p = new Participation(Names.slug(name.strip()), role);
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
        }
    }

    private String id(Fields f) throws BadRow {
        return id((IntFunction<String>) f::text);
    }

    private String id(IntFunction<String> cells) throws BadRow {
        String text = cells.apply(id);
        if (text == null) {
            text = cells.apply(dataId);
        }
        if (text == null) {
            throw new BadRow("'event_id_cnty' is empty; expected an event id such as AFG44631");
        }
        return text;
    }

    private int precision(Fields f) throws BadRow {
        if (precision >= 0 && precision < f.count() && f.end(precision) - f.start(precision) == 1) {
            byte b = f.bytes()[f.start(precision)];
            if (b >= '1' && b <= '3') {
                return b - '0';
            }
        }
        return precision(f.text(precision));
    }

    private static int precision(String text) throws BadRow {
        if (text == null || text.equals("1")) {
            return 1;
        }
        if (text.equals("2") || text.equals("3")) {
            return text.charAt(0) - '0';
        }
        throw new BadRow("'time_precision' is '" + text + "'; expected 1 (day), 2 (week) or 3 (month)");
    }

    private LocalDate day(Fields f) throws BadRow {
        return day(f.text(date));
    }

    private static LocalDate day(String text) throws BadRow {
        if (text == null) {
            throw new BadRow("'event_date' is empty; expected a date like 2020-03-21");
        }
        LocalDate day = AcledDates.parseDay(text);
        if (day == null) {
            throw new BadRow("'event_date' is '" + text + "'; expected a date like 2020-03-21, 21 March 2020, "
                    + "9-May-20 or 21/03/2020");
        }
        return day;
    }

    private static Integer fatalities(String text) throws BadRow {
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRow("'fatalities' is '" + text + "'; expected a whole number of 0 or more");
    }
}
