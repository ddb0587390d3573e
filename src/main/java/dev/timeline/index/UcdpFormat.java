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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * UCDP GED CSV (the Georeferenced Event Dataset, 49 columns since GED 22.1; columns are found by name, so older
 * layouts read too): one row an event of organised violence, quoted fields holding line breaks.
 *
 * <p>Mapping: the id is {@code ucdp-} and {@code id}; the date comes from {@code date_prec}, {@code date_start} and
 * {@code date_end} as {@link UcdpDates} says; {@code side_a} and {@code side_b} are the actors. UCDP's sides are not
 * initiator and target: in state-based violence side A is the government by definition, not the party that struck
 * first, and in non-state violence the order is UCDP's. So in types 1 and 2 both sides are {@link Role#PARTICIPANT
 * participants}; only one-sided violence (type 3), where side A attacks and side B is civilians, has an {@link
 * Role#INITIATOR initiator} and a {@link Role#TARGET target}. {@code type_of_violence} gives the type: 1 (state-based)
 * and 2 (non-state) are {@link EventType#BATTLES battles}, 3 (one-sided) {@link EventType#VIOLENCE_AGAINST_CIVILIANS
 * violence against civilians}, with a tag {@code ucdp:state-based}, {@code ucdp:non-state} or {@code ucdp:one-sided}.
 * {@code best} is the fatalities figure; {@code low} and {@code high} are kept as tags {@code low:N} and {@code
 * high:N}. The place is {@code where_coordinates} (the name of the point UCDP geocoded to; else {@code adm_2}, {@code
 * adm_1}) in the country of {@code country}, with {@code latitude}/{@code longitude} as its point; {@code
 * where_description} and the deaths per side ({@code deaths_a}, {@code deaths_b}, {@code deaths_civilians}, {@code
 * deaths_unknown}) go to the summary. Sources are the {@code ;}-joined lists {@code source_office}, {@code
 * source_date} and {@code source_headline}, item by item when they line up, else the offices alone; rows without them
 * (older events) cite {@code source_article} as a title. Actors named "Government of COUNTRY" are tied to that country
 * (GED's former names in parentheses, "Government of Russia (Soviet Union)", read as {@link #country} does), others by
 * their name as ACLED's are.
 */
final class UcdpFormat implements RowFormat {

    private static final String[] REQUIRED = {"id", "type_of_violence", "side_a", "side_b", "date_prec",
        "date_start", "date_end", "best"};

    private static final String GOVERNMENT = "Government of ";
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[,;:\\s]+$");

    private final ThreadLocal<Fields> fields = ThreadLocal.withInitial(Fields::new);
    private final int width;
    private final int id;
    private final int violence;
    private final int dyad;
    private final int sideA;
    private final int sideB;
    private final int article;
    private final int office;
    private final int sourceDate;
    private final int headline;
    private final int whereCoordinates;
    private final int whereDescription;
    private final int adm1;
    private final int adm2;
    private final int latitude;
    private final int longitude;
    private final int country;
    private final int precision;
    private final int start;
    private final int end;
    private final int best;
    private final int[] deaths;
    private final int low;
    private final int high;

    private UcdpFormat(List<String> header) {
        Map<String, Integer> at = Fields.columns(header);
        width = header.size();
        id = at.get("id");
        violence = at.get("type_of_violence");
        dyad = at.getOrDefault("dyad_name", -1);
        sideA = at.get("side_a");
        sideB = at.get("side_b");
        article = at.getOrDefault("source_article", -1);
        office = at.getOrDefault("source_office", -1);
        sourceDate = at.getOrDefault("source_date", -1);
        headline = at.getOrDefault("source_headline", -1);
        whereCoordinates = at.getOrDefault("where_coordinates", -1);
        whereDescription = at.getOrDefault("where_description", -1);
        adm1 = at.getOrDefault("adm_1", -1);
        adm2 = at.getOrDefault("adm_2", -1);
        latitude = at.getOrDefault("latitude", -1);
        longitude = at.getOrDefault("longitude", -1);
        country = at.getOrDefault("country", -1);
        precision = at.get("date_prec");
        start = at.get("date_start");
        end = at.get("date_end");
        best = at.get("best");
        deaths = new int[] {at.getOrDefault("deaths_a", -1), at.getOrDefault("deaths_b", -1),
            at.getOrDefault("deaths_civilians", -1), at.getOrDefault("deaths_unknown", -1)};
        low = at.getOrDefault("low", -1);
        high = at.getOrDefault("high", -1);
    }

    /** Whether {@code header} (column names) is a UCDP GED export's. */
    static boolean recognises(List<String> header) {
        return Fields.columns(header).keySet().containsAll(List.of(REQUIRED));
    }

    /** The format of a file whose header row is {@code header}, which {@link #recognises} must accept. */
    static UcdpFormat of(List<String> header) {
        return new UcdpFormat(header);
    }

    @Override
    public boolean quoted() {
        return true;
    }

    @Override
    public boolean tiesActorsToCountries() {
        return true;
    }

    @Override
    public void index(byte[] bytes, int from, int to, IndexRow row) throws BadRow {
        Fields f = fields.get().csv(bytes, from, to);
        f.checkWidth(width, "fields");
        row.id(id(f));
        violence(f); // checked here too, so that --skip-bad leaves such a row out
        Points.of(f.text(latitude), f.text(longitude), "latitude", "longitude");
        UcdpDates date = date(f);
        row.start = (int) date.first().toEpochDay();
        row.end = (int) date.last().toEpochDay();
        actor(f.text(sideA), row);
        actor(f.text(sideB), row);
    }

    private static void actor(String name, IndexRow row) {
        if (name != null) {
            boolean known = row.keys.containsKey(name); // its country is looked up once, when it is new
            String country = known ? null : name.startsWith(GOVERNMENT) ? country(name.substring(GOVERNMENT.length()))
                    : Countries.ofActorName(name);
            row.actor(name, null, name, known ? null : kind(name), country);
        }
    }

    /** "Government of Azerbaijan" is the state's side; every other side a group (rebels, militias, civilians). */
    private static ActorKind kind(String name) {
        return name.startsWith(GOVERNMENT) ? ActorKind.GOVERNMENT_BODY : ActorKind.GROUP;
    }

    @Override
    public Event parse(byte[] bytes, int from, int to) throws BadRow {
        Fields f = fields.get().csv(bytes, from, to);
        f.checkWidth(width, "fields");
        String eventId = id(f);
        UcdpDates date = date(f);
        int kind = violence(f);
        EventType type = kind == 3 ? EventType.VIOLENCE_AGAINST_CIVILIANS : EventType.BATTLES;
        String a = f.text(sideA);
        String b = f.text(sideB);
        List<Participation> actors = new ArrayList<>();
        add(actors, a, kind == 3 ? Role.INITIATOR : Role.PARTICIPANT);
        add(actors, b, kind == 3 ? Role.TARGET : Role.PARTICIPANT);
        String where = oneLine(f.first(whereCoordinates, adm2, adm1));
        String countryName = f.text(country);
        String code = country(countryName);
        Place place = Points.place(where != null ? where : code == null ? oneLine(countryName) : null, code,
                Points.of(f.text(latitude), f.text(longitude), "latitude", "longitude"));
        Integer deaths = count(f, best, "best");
        List<String> tags = new ArrayList<>();
        tags.add(kind == 1 ? "ucdp:state-based" : kind == 2 ? "ucdp:non-state" : "ucdp:one-sided");
        Integer lowCount = count(f, low, "low");
        Integer highCount = count(f, high, "high");
        if (lowCount != null) {
            tags.add("low:" + lowCount);
        }
        if (highCount != null) {
            tags.add("high:" + highCount);
        }
        String pair = oneLine(f.text(dyad));
        if (pair == null) {
            pair = (a == null ? "?" : a) + " - " + (b == null ? "?" : b);
        }
        String title = pair + (where != null ? " in " + where : "");
        String description = oneLine(f.text(whereDescription));
        if (description != null) {
            description = TRAILING.matcher(description).replaceAll("");
        }
        String summary = pair + (description != null ? ", " + description : "") + ": " + (deaths == null ? "?"
                : deaths) + " killed (best estimate" + (lowCount != null && highCount != null ? "; low " + lowCount
                + ", high " + highCount : "") + ")" + breakdown(f, a, b) + ".";
        return new Event(eventId, EventDate.parse(date.edtf()), title, summary, type, actors, place, deaths,
                sources(f), tags, date.note());
    }

    /** ", of them Government of Syria 0, Syrian insurgents 2, civilians 0, unknown 0", when GED gives them. */
    private String breakdown(Fields f, String a, String b) throws BadRow {
        String[] whose = {a == null ? "side A" : a, b == null ? "side B" : b, "civilians", "unknown"};
        String[] names = {"deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < deaths.length; i++) {
            Integer n = count(f, deaths[i], names[i]);
            if (n != null) {
                out.append(out.length() == 0 ? ", of them " : ", ").append(whose[i]).append(' ').append(n);
            }
        }
        return out.toString();
    }

    private List<Source> sources(Fields f) throws BadRow {
        List<Source> sources = new ArrayList<>();
        String offices = f.text(office);
        if (offices != null) {
            String[] outlets = offices.split(";", -1);
            String[] days = split(f.text(sourceDate), outlets.length);
            String[] titles = split(f.text(headline), outlets.length);
            for (int i = 0; i < outlets.length; i++) {
                String outlet = oneLine(outlets[i]);
                EventDate published = days == null ? null : publishedDay(days[i]);
                String title = titles == null ? null : oneLine(titles[i]);
                if (outlet != null || published != null || title != null) {
                    sources.add(new Source(outlet, published, title, null, null));
                }
            }
        }
        String cited = oneLine(f.text(article));
        if (sources.isEmpty() && cited != null) {
            sources.add(new Source(null, null, cited, null, null));
        }
        return sources;
    }

    /** {@code cell} split on {@code ;} when it has {@code n} items, else null (the lists do not line up). */
    private static String[] split(String cell, int n) {
        if (cell == null) {
            return null;
        }
        String[] items = cell.split(";", -1);
        return items.length == n ? items : null;
    }

    private static EventDate publishedDay(String text) {
        LocalDate day = isoDay(text.strip());
        return day == null ? null : EventDate.of(day);
    }

    /**
     * The alpha-3 code of a GED {@code country}, which may carry the state's former name in parentheses
     * ("Russia (Soviet Union)", "Yemen (North Yemen)", "DR Congo (Zaire)"): the name before it is the country.
     */
    static String country(String name) {
        String code = Countries.ofName(name);
        if (code == null && name != null && name.endsWith(")") && name.indexOf(" (") > 0) {
            code = Countries.ofName(name.substring(0, name.indexOf(" (")));
        }
        return code;
    }

    private static void add(List<Participation> out, String name, Role role) {
        if (name != null) {
            Participation p = new Participation(Names.slug(name), role);
            if (!out.contains(p)) {
                out.add(p);
            }
        }
    }

    /** {@code text} with its line breaks and runs of blanks made single spaces (UCDP's fields hold some). */
    private static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String line = BLANKS.matcher(text).replaceAll(" ").strip();
        return line.isEmpty() ? null : line;
    }

    private String id(Fields f) throws BadRow {
        String text = f.text(id);
        if (text == null) {
            throw new BadRow("'id' is empty; expected a UCDP event id such as 300380");
        }
        return "ucdp-" + text;
    }

    private int violence(Fields f) throws BadRow {
        String text = f.text(violence);
        if ("1".equals(text) || "2".equals(text) || "3".equals(text)) {
            return text.charAt(0) - '0';
        }
        throw new BadRow("'type_of_violence' is '" + (text == null ? "" : text) + "'; expected 1 (state-based), "
                + "2 (non-state) or 3 (one-sided)");
    }

    private UcdpDates date(Fields f) throws BadRow {
        String p = f.text(precision);
        if (p == null || p.length() != 1 || p.charAt(0) < '1' || p.charAt(0) > '5') {
            throw new BadRow("'date_prec' is '" + (p == null ? "" : p) + "'; expected 1 (day) to 5 (year)");
        }
        LocalDate first = day(f, start, "date_start");
        LocalDate last = day(f, end, "date_end");
        if (last.isBefore(first)) {
            throw new BadRow("'date_end' " + last + " is before 'date_start' " + first + "; expected date_start <= "
                    + "date_end");
        }
        return UcdpDates.of(p.charAt(0) - '0', first, last);
    }

    private static LocalDate day(Fields f, int column, String name) throws BadRow {
        String text = f.text(column);
        LocalDate day = text == null ? null : isoDay(text);
        if (day == null) {
            throw new BadRow("'" + name + "' is '" + (text == null ? "" : text) + "'; expected a date like "
                    + "2013-01-03 (a time after it, as in 2013-01-03 00:00:00.000, is ignored)");
        }
        return day;
    }

    /** {@code YYYY-MM-DD}, alone or followed by a time ({@code T} or a space and anything), else null. */
    static LocalDate isoDay(String text) {
        if (text.length() < 10 || text.length() > 10 && text.charAt(10) != ' ' && text.charAt(10) != 'T'
                || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer count(Fields f, int column, String name) throws BadRow {
        String text = f.text(column);
        if (text == null) {
            return null;
        }
        if (text.length() <= 9 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(text);
        }
        throw new BadRow("'" + name + "' is '" + text + "'; expected a whole number of 0 or more");
    }
}
