package dev.timeline.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 3166-1, the one country table: numeric, alpha-2 and alpha-3 codes, the usual short English name ("Iran",
 * "Russia", "Turkey", "United States") and the other names files and people use ("Iran, Islamic Republic of",
 * "Türkiye", "Russian Federation"). Read from {@code countries.tsv} beside this class, which says where it comes
 * from. Countries are identified by their alpha-3 code everywhere in this project.
 */
public final class Countries {

    private static final Map<String, String> BY_NUMERIC = new HashMap<>();
    private static final Map<String, String> BY_ALPHA2 = new HashMap<>();
    private static final Map<String, String> NAME_OF = new HashMap<>();
    /** Each country's rows: its alpha-3 code and names, for {@link ByName} (built when first asked). */
    private static final List<String[]> NAMED = new ArrayList<>();

    /**
     * Names to codes, and ACLED's naming patterns: made when a name is first looked up, not when a code is (the
     * bundled dataset checks codes only, and normalising every name, some with accents, costs a short run's time).
     */
    private static final class ByName {
        static final Map<String, String> BY_NAME = new HashMap<>();
        /** The period in power after an ACLED state actor's country: "(2021-)", "(2003-2013)". */
        static final Pattern PERIOD = Pattern.compile(" \\(\\d{4}-(?:\\d{4})?\\)");
        /** ACLED's groups: "Protesters (Iran)", "Unidentified Armed Group (Azerbaijan)". */
        static final Pattern IN_PARENTHESES = Pattern.compile("\\(([^()]+)\\)");

        static {
            for (String[] cells : NAMED) {
                for (int i = 3; i < cells.length; i++) {
                    BY_NAME.putIfAbsent(Names.normalize(cells[i]), cells[2]);
                }
            }
        }
    }

    static {
        try (InputStream in = Countries.class.getResourceAsStream("countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("countries.tsv is missing from the jar; rebuild it");
            }
            // the whole file at once, then split: cheaper in a cold JVM than a reader decoding and scanning it a
            // character at a time (this runs in every run that checks a country code)
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                String alpha3 = cells[2];
                BY_NUMERIC.put(cells[0], alpha3);
                BY_ALPHA2.put(cells[1], alpha3);
                NAME_OF.put(alpha3, cells[3]);
                NAMED.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Countries() {
    }

    /**
     * The alpha-3 code of what a person typed for a country: a name in any of its forms (case, accents and
     * punctuation ignored: "iran", "Türkiye", "Russian Federation"), an alpha-3 code in any case ("IRN", "irn"), or
     * an alpha-2 code in upper case ("IR"; lower case "in" or "us" are words, not codes).
     *
     * @return the alpha-3 code, or null when it names no country
     */
    public static String alpha3(String typed) {
        if (typed == null) {
            return null;
        }
        String stripped = typed.strip();
        String upper = stripped.toUpperCase(Locale.ROOT);
        if (NAME_OF.containsKey(upper)) {
            return upper;
        }
        if (stripped.length() == 2 && stripped.equals(upper) && BY_ALPHA2.containsKey(upper)) {
            return BY_ALPHA2.get(upper);
        }
        return ofName(stripped);
    }

    /** The alpha-3 code of a country named {@code name} in English, in any of its forms, or null. */
    public static String ofName(String name) {
        return name == null ? null : ByName.BY_NAME.get(Names.normalize(name));
    }

    /** The alpha-3 code of ISO numeric {@code code} ("4", "004" or "364"), or null. */
    public static String ofNumeric(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        StringBuilder padded = new StringBuilder(code.strip());
        while (padded.length() < 3) {
            padded.insert(0, '0');
        }
        return BY_NUMERIC.get(padded.toString());
    }

    /** The usual short English name of alpha-3 {@code code} ("IRN" is "Iran"), or null when it is not one. */
    public static String nameOf(String code) {
        return code == null ? null : NAME_OF.get(code);
    }

    /** Whether {@code code} is an ISO 3166-1 alpha-3 code, as written (upper case): {@code AZE}. */
    public static boolean isAlpha3(String code) {
        return code != null && NAME_OF.containsKey(code);
    }

    /**
     * The country an actor's name ties it to, by ACLED's naming: a state's forces and offices are "… of COUNTRY",
     * usually followed by the period in power ("Military Forces of Iran (2021-)", "Police Forces of Azerbaijan
     * (2003-) Prison Guards", "Government of Iran"), other groups carry the country in parentheses ("Protesters
     * (Iran)"). A name with a colon ("DYFI: Democratic Youth Federation of India") is an organisation's own name, not
     * "… of COUNTRY".
     *
     * @return the alpha-3 code, or null when the name ties the actor to no country
     */
    public static String ofActorName(String name) {
        if (name == null) {
            return null;
        }
        String found = null;
        Matcher group = ByName.IN_PARENTHESES.matcher(name);
        while (group.find()) {
            String code = ofName(group.group(1));
            if (code != null) {
                found = code;
            }
        }
        if (found != null) {
            return found;
        }
        if (name.indexOf(':') >= 0) {
            return null;
        }
        // "Police Forces of Iran (1989-) Islamic Republic of Iran Border Guard Command": the country is what
        // follows an " of " and ends the name or precedes its period in power; the first such wins
        for (int of = name.indexOf(" of "); of >= 0; of = name.indexOf(" of ", of + 1)) {
            String rest = name.substring(of + 4);
            Matcher period = ByName.PERIOD.matcher(rest);
            String code = ofName(period.find() ? rest.substring(0, period.start()) : rest);
            if (code != null) {
                return code;
            }
        }
        return null;
    }
}
