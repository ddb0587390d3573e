package dev.timeline.tools;

import dev.timeline.model.Names;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic events shaped like ACLED data, for benchmarks and tests ({@code scripts/generate-events}):
 * days spread over 1997–2026, one to three actors each from a pool of a few thousand with a skewed (Zipf-like)
 * distribution whose head holds the bundled dataset's actors (Iran, Azerbaijan, ...), notes with commas and
 * quotes, fatalities. The same count and seed always give the same bytes.
 *
 * <p>{@code --format jsonl} writes the JSON contract's event objects ({@code start}/{@code end} included);
 * {@code --format acled} the current 31-column ACLED layout.
 *
 * <p>{@code --from DATE --to DATE} places every event in that window instead (its whole span: a week or month
 * precision that would reach outside is made the day), for a slice that covers the weeks of a curated timeline
 * (March–April 2023 for the bundled dataset). A slice is also made to overlap that dataset: every fourth event is
 * between two of Iran, Azerbaijan and Armenia, their forces and offices named as ACLED names them ("Military Forces
 * of Iran (2021-)"), and each event's place is in its country with that place's coordinates. Without a window the
 * output is byte for byte what it always was (the benchmarks compare against it).
 */
public final class GenerateEvents {

    /** The current ACLED layout's 31 columns, in order. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");

    private static final String[][] COUNTRIES = {{"IRN", "364", "Iran", "Middle East"},
        {"AZE", "31", "Azerbaijan", "Caucasus and Central Asia"}, {"ARM", "51", "Armenia", "Caucasus and Central Asia"},
        {"TUR", "792", "Turkey", "Middle East"}, {"ISR", "376", "Israel", "Middle East"},
        {"GEO", "268", "Georgia", "Caucasus and Central Asia"}, {"RUS", "643", "Russia", "Europe"},
        {"AFG", "4", "Afghanistan", "Caucasus and Central Asia"}, {"IRQ", "368", "Iraq", "Middle East"},
        {"SYR", "760", "Syria", "Middle East"}, {"YEM", "887", "Yemen", "Middle East"},
        {"MEX", "484", "Mexico", "Central America"}, {"NGA", "566", "Nigeria", "Western Africa"},
        {"IND", "356", "India", "Southern Asia"}, {"PAK", "586", "Pakistan", "Southern Asia"},
        {"UKR", "804", "Ukraine", "Europe"}};
    private static final String[] HEAD = {"Iran", "Azerbaijan", "Armenia", "Israel", "Turkey", "Russia",
        "Islamic Revolutionary Guard Corps", "Government of Iran", "Military Forces of Azerbaijan (2003-)",
        "Military Forces of Armenia (2018-)", "Protesters (Iran)", "Civilians (Azerbaijan)", "Georgia"};
    private static final String[][] TYPES = {{"Battles", "Armed clash", "Political violence", "battles"},
        {"Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence",
            "explosions-remote-violence"},
        {"Violence against civilians", "Attack", "Political violence", "violence-against-civilians"},
        {"Protests", "Peaceful protest", "Demonstrations", "protests"},
        {"Riots", "Mob violence", "Demonstrations", "riots"},
        {"Strategic developments", "Agreement", "Strategic developments", "strategic-developments"}};
    private static final String[] PLACES = {"Tehran", "Baku", "Yerevan", "Tabriz", "Ganja", "Nakhchivan",
        "Stepanakert", "Kabul", "Tbilisi", "Ankara", "Basra", "Aleppo", "Aden", "Lagos", "Karachi", "Kharkiv"};
    private static final String[] OUTLETS = {"Caspian News", "Trend", "IRNA", "Reuters", "Azatutyun", "Hurriyet",
        "Tasnim", "Pajhwok Afghan News", "Xinhua", "Jerusalem Post"};
    private static final String[] WORDS = {"forces", "clashed", "near", "the", "border", "village", "reported",
        "gunmen", "protesters", "gathered", "outside", "ministry", "demanding", "officials", "said", "shelling",
        "damaged", "houses", "convoy", "attacked"};
    private static final int POOL = 3000;

    /** The country and point of each of {@link #PLACES}, used with a window. */
    private static final String[] PLACE_COUNTRY = {"IRN", "AZE", "ARM", "IRN", "AZE", "AZE", "AZE", "AFG", "GEO",
        "TUR", "IRQ", "SYR", "YEM", "NGA", "PAK", "UKR"};
    private static final double[][] PLACE_POINT = {{35.6892, 51.3890}, {40.4093, 49.8671}, {40.1872, 44.5152},
        {38.0800, 46.2919}, {40.6828, 46.3606}, {39.2089, 45.4122}, {39.8177, 46.7528}, {34.5553, 69.2075},
        {41.7151, 44.8271}, {39.9334, 32.8597}, {30.5085, 47.7804}, {36.2021, 37.1343}, {12.7855, 45.0187},
        {6.5244, 3.3792}, {24.8607, 67.0011}, {49.9935, 36.2304}};
    /** With a window: the places of the Caucasus countries, and their actors as ACLED names them. */
    private static final String[] CAUCASUS = {"IRN", "AZE", "ARM"};
    private static final int[][] CAUCASUS_PLACES = {{0, 3}, {1, 4, 5}, {2}};
    private static final String[][] CAUCASUS_ACTORS = {
        {"Military Forces of Iran (2021-)", "Government of Iran (2021-)", "Police Forces of Iran (2021-)",
            "Islamic Revolutionary Guard Corps", "Protesters (Iran)"},
        {"Military Forces of Azerbaijan (2003-)", "Government of Azerbaijan (2003-)",
            "Police Forces of Azerbaijan (2003-)", "Civilians (Azerbaijan)"},
        {"Military Forces of Armenia (2018-)", "Government of Armenia (2018-)", "Protesters (Armenia)"}};

    private final SplittableRandom random;
    private final String[] pool = new String[POOL];
    private final double[] cumulative = new double[POOL];
    private final int first;
    private final int days;
    private final boolean window;

    GenerateEvents(long seed) {
        this(seed, null, null);
    }

    /** Events over {@code from}..{@code to} (inclusive), or over 1997–2026 as always when both are null. */
    GenerateEvents(long seed, LocalDate from, LocalDate to) {
        window = from != null;
        first = (int) (window ? from : LocalDate.of(1997, 1, 1)).toEpochDay();
        days = (int) ((window ? to : LocalDate.of(2026, 12, 31)).toEpochDay() - first + 1);
        random = new SplittableRandom(seed);
        SplittableRandom names = new SplittableRandom(seed ^ 0x5eed);
        String[] kinds = {"Military Forces of %s", "Police Forces of %s", "Protesters (%s)", "Rioters (%s)",
            "Civilians (%s)", "Unidentified Armed Group (%s)", "Militia (%s)", "Government of %s"};
        for (int i = 0; i < POOL; i++) {
            if (i < HEAD.length) {
                pool[i] = HEAD[i];
            } else {
                String country = COUNTRIES[names.nextInt(COUNTRIES.length)][2];
                pool[i] = String.format(kinds[names.nextInt(kinds.length)], country) + " " + (i / kinds.length);
            }
        }
        double sum = 0;
        for (int i = 0; i < POOL; i++) {
            sum += 1.0 / (i + 2);
            cumulative[i] = sum;
        }
        for (int i = 0; i < POOL; i++) {
            cumulative[i] /= sum;
        }
    }

    private static final String USAGE = "expected --count N --seed S --format jsonl|acled [--from DATE --to DATE] "
            + "-o FILE";

    /** {@code --count N --seed S --format jsonl|acled [--from DATE --to DATE] -o FILE}. */
    public static void main(String[] args) throws IOException {
        long count = 1000;
        long seed = 1;
        String format = "jsonl";
        Path out = null;
        LocalDate from = null;
        LocalDate to = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--count" -> count = Long.parseLong(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--format" -> format = args[++i];
                    case "--from" -> from = LocalDate.parse(args[++i]);
                    case "--to" -> to = LocalDate.parse(args[++i]);
                    case "-o", "--output" -> out = Path.of(args[++i]);
                    default -> usage("unknown argument '" + args[i] + "'; " + USAGE);
                }
            }
        } catch (RuntimeException e) { // a missing value, a number or a date that is none
            usage("bad arguments (" + e.getMessage() + "); " + USAGE + ", DATE as YYYY-MM-DD");
        }
        if (out == null || !(format.equals("jsonl") || format.equals("acled"))) {
            usage(USAGE);
        }
        if ((from == null) != (to == null) || from != null && to.isBefore(from)) {
            usage("--from and --to go together, --from on or before --to; " + USAGE);
        }
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
                StandardCharsets.UTF_8), 1 << 20)) {
            new GenerateEvents(seed, from, to).write(writer, count, format.equals("acled"));
        }
    }

    private static void usage(String message) {
        System.err.println("generate-events: " + message);
        System.exit(2);
    }

    /** Writes {@code count} events as JSON Lines, or as ACLED CSV when {@code acled}. */
    public static void write(Path file, long count, long seed, boolean acled) throws IOException {
        write(file, count, seed, acled, null, null);
    }

    /** Writes {@code count} events over {@code from}..{@code to} (both null: 1997–2026), as {@link #write}. */
    public static void write(Path file, long count, long seed, boolean acled, LocalDate from, LocalDate to)
            throws IOException {
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 16)) {
            new GenerateEvents(seed, from, to).write(writer, count, acled);
        }
    }

    void write(Writer out, long count, boolean acled) throws IOException {
        if (acled) {
            out.write(String.join(",", COLUMNS));
            out.write("\r\n");
        }
        StringBuilder line = new StringBuilder(1024);
        for (long n = 0; n < count; n++) {
            line.setLength(0);
            Row row = row(n);
            if (acled) {
                acled(row, line);
            } else {
                jsonl(row, line);
            }
            out.append(line);
        }
    }

    private record Row(String id, LocalDate day, int precision, String[] type, List<String> initiators,
            List<String> targets, String[] country, String place, String notes, int fatalities,
            List<String> outlets, double[] point) {
    }

    private Row row(long n) {
        LocalDate day = LocalDate.ofEpochDay(first + random.nextInt(days));
        int p = random.nextInt(100);
        int precision = p < 90 ? 1 : p < 97 ? 2 : 3;
        String[] type = TYPES[random.nextInt(TYPES.length)];
        String[] country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        int actors = 1 + random.nextInt(3);
        List<String> initiators = new ArrayList<>(List.of(actor()));
        List<String> targets = new ArrayList<>();
        for (int i = 1; i < actors; i++) {
            String name = actor();
            if (!initiators.contains(name) && !targets.contains(name)) {
                (i == 1 ? targets : initiators).add(name);
            }
        }
        int placeIndex = random.nextInt(PLACES.length);
        double[] point = null;
        if (window) {
            LocalDate[] span = span(day, precision);
            if (span[0].toEpochDay() < first || span[1].toEpochDay() >= first + days) {
                precision = 1; // its week or month would reach outside the window
            }
            if (n % 4 == 0) { // between two of Iran, Azerbaijan and Armenia
                int a = random.nextInt(CAUCASUS.length);
                int b = (a + 1 + random.nextInt(CAUCASUS.length - 1)) % CAUCASUS.length;
                initiators = new ArrayList<>(List.of(pick(CAUCASUS_ACTORS[a])));
                targets = new ArrayList<>(List.of(pick(CAUCASUS_ACTORS[b])));
                int[] places = CAUCASUS_PLACES[random.nextInt(2) == 0 ? a : b];
                placeIndex = places[random.nextInt(places.length)];
            }
            country = countryOf(PLACE_COUNTRY[placeIndex]);
            point = PLACE_POINT[placeIndex];
        }
        String place = PLACES[placeIndex];
        int fatalities = random.nextInt(10) < 6 ? 0 : random.nextInt(1 + random.nextInt(40));
        StringBuilder notes = new StringBuilder("On ").append(day.getDayOfMonth()).append(' ')
                .append(day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .append(' ').append(day.getYear()).append(", ");
        int words = 12 + random.nextInt(30);
        for (int i = 0; i < words; i++) {
            notes.append(WORDS[random.nextInt(WORDS.length)]);
            notes.append(i == words / 2 ? ", \"" + initiators.get(0) + "\" said," : " ");
        }
        notes.append("near ").append(place).append(". [size=no report]");
        List<String> outlets = new ArrayList<>();
        int sources = 1 + random.nextInt(2);
        for (int i = 0; i < sources; i++) {
            String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
            if (!outlets.contains(outlet)) {
                outlets.add(outlet);
            }
        }
        return new Row(country[0] + (n + 1), day, precision, type, initiators, targets, country, place,
                notes.toString(), fatalities, outlets, point);
    }

    private String pick(String[] names) {
        return names[random.nextInt(names.length)];
    }

    private static String[] countryOf(String code) {
        for (String[] country : COUNTRIES) {
            if (country[0].equals(code)) {
                return country;
            }
        }
        throw new IllegalStateException("no country " + code);
    }

    /** A name from the pool, the first ones far more often than the rest. */
    private String actor() {
        double u = random.nextDouble();
        int low = 0;
        int high = POOL - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return pool[low];
    }

    private static LocalDate[] span(Row row) {
        return span(row.day(), row.precision());
    }

    private static LocalDate[] span(LocalDate day, int precision) {
        return switch (precision) {
            case 2 -> new LocalDate[] {day.minusDays(3), day.plusDays(3)};
            case 3 -> new LocalDate[] {day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth())};
            default -> new LocalDate[] {day, day};
        };
    }

    private static void jsonl(Row row, StringBuilder out) {
        LocalDate[] span = span(row);
        String date = switch (row.precision()) {
            case 2 -> span[0] + "/" + span[1];
            case 3 -> row.day().toString().substring(0, 7);
            default -> row.day().toString();
        };
        out.append("{\"id\":");
        string(out, row.id());
        out.append(",\"date\":\"").append(date).append("\",\"start\":\"").append(span[0]).append("\",\"end\":\"")
                .append(span[1]).append("\",\"type\":\"").append(row.type()[3]).append("\",\"title\":");
        string(out, row.type()[1] + " in " + row.place());
        out.append(",\"summary\":");
        string(out, row.notes());
        out.append(",\"actors\":[");
        boolean comma = false;
        for (String name : row.initiators()) {
            comma = actor(out, name, "initiator", comma);
        }
        for (String name : row.targets()) {
            comma = actor(out, name, "target", comma);
        }
        out.append("],\"place\":{\"name\":");
        string(out, row.place());
        out.append(",\"country\":\"").append(row.country()[0]).append("\"},\"fatalities\":").append(row.fatalities())
                .append(",\"sources\":[");
        for (int i = 0; i < row.outlets().size(); i++) {
            out.append(i > 0 ? "," : "").append("{\"outlet\":");
            string(out, row.outlets().get(i));
            out.append(",\"published\":null}");
        }
        out.append("],\"tags\":[");
        string(out, row.type()[1]);
        out.append("]}\n");
    }

    private static boolean actor(StringBuilder out, String name, String role, boolean comma) {
        out.append(comma ? ",{\"id\":" : "{\"id\":");
        string(out, Names.slug(name));
        out.append(",\"name\":");
        string(out, name);
        out.append(",\"role\":\"").append(role).append("\"}");
        return true;
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }

    private void acled(Row row, StringBuilder out) {
        String[] cells = new String[COLUMNS.size()];
        cells[0] = row.id();
        cells[1] = row.day().toString();
        cells[2] = Integer.toString(row.day().getYear());
        cells[3] = Integer.toString(row.precision());
        cells[4] = row.type()[2];
        cells[5] = row.type()[0];
        cells[6] = row.type()[1];
        cells[7] = row.initiators().get(0);
        cells[8] = String.join("; ", row.initiators().subList(1, row.initiators().size()));
        cells[9] = "1";
        cells[10] = row.targets().isEmpty() ? "" : row.targets().get(0);
        cells[11] = "";
        cells[12] = row.targets().isEmpty() ? "0" : "7";
        cells[13] = row.targets().isEmpty() ? "10" : "17";
        cells[14] = "";
        cells[15] = row.country()[1];
        cells[16] = row.country()[3];
        cells[17] = row.country()[2];
        cells[18] = row.place() + " Province";
        cells[19] = row.place();
        cells[20] = "";
        cells[21] = row.place();
        cells[22] = row.point() == null ? "35.6892" : Double.toString(row.point()[0]);
        cells[23] = row.point() == null ? "51.3890" : Double.toString(row.point()[1]);
        cells[24] = "1";
        cells[25] = String.join("; ", row.outlets());
        cells[26] = "National";
        cells[27] = row.notes();
        cells[28] = Integer.toString(row.fatalities());
        cells[29] = "";
        cells[30] = "1700000000";
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells[i];
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }
}
