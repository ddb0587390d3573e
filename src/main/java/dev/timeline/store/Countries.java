package dev.timeline.store;

import dev.timeline.model.Names;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 3166-1 country codes for the readers of big inputs: ACLED gives a numeric code and a name, GDELT a CAMEO
 * country code (ISO alpha-3 where one exists) and place names ending in the country. The table is
 * {@code countries.tsv} (from Debian's iso-codes), with the JDK's English names and a few names ACLED uses added.
 */
public final class Countries {

    private static final Map<String, String> BY_NUMERIC = new HashMap<>();
    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final Map<String, String> NAME_OF = new HashMap<>();

    static {
        try (InputStream in = Countries.class.getResourceAsStream("countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("countries.tsv is missing from the jar; rebuild it");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                BY_NUMERIC.put(cells[0], cells[1]);
                for (int i = 2; i < cells.length; i++) {
                    BY_NAME.putIfAbsent(Names.normalize(cells[i]), cells[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale("", alpha2);
            String alpha3 = locale.getISO3Country();
            String name = locale.getDisplayCountry(Locale.ENGLISH);
            NAME_OF.put(alpha3, name);
            BY_NAME.putIfAbsent(Names.normalize(name), alpha3);
        }
        String[][] more = {{"democratic republic of congo", "COD"}, {"republic of congo", "COG"},
            {"ivory coast", "CIV"}, {"eswatini", "SWZ"}, {"swaziland", "SWZ"}, {"turkey", "TUR"},
            {"palestine", "PSE"}, {"east timor", "TLS"}, {"cape verde", "CPV"}, {"czech republic", "CZE"},
            {"macedonia", "MKD"}, {"burma", "MMR"}, {"laos", "LAO"}, {"united states", "USA"},
            {"united kingdom", "GBR"}, {"vatican city", "VAT"}, {"micronesia", "FSM"}};
        for (String[] pair : more) {
            BY_NAME.putIfAbsent(pair[0], pair[1]);
        }
    }

    private Countries() {
    }

    /** The alpha-3 code of ISO numeric {@code code} ("4", "004" or "364"), or null. */
    static String ofNumeric(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String trimmed = code.strip();
        while (trimmed.length() < 3) {
            trimmed = "0" + trimmed;
        }
        return BY_NUMERIC.get(trimmed);
    }

    /** The alpha-3 code of a country named {@code name} in English ("Iran", "Russia"), or null. */
    static String ofName(String name) {
        return name == null ? null : BY_NAME.get(Names.normalize(name));
    }

    /** The English name of alpha-3 {@code code} ("IRN" is "Iran"), or null when it is not an ISO code. */
    static String nameOf(String code) {
        return code == null ? null : NAME_OF.get(code);
    }

    /** Whether {@code code} is an ISO 3166-1 alpha-3 code. */
    static boolean isAlpha3(String code) {
        return code != null && NAME_OF.containsKey(code);
    }

    /** The alpha-3 code a user typed as a code ("irn") or an English name ("Iran"), or null when it is neither. */
    public static String code(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return null;
        }
        String upper = codeOrName.strip().toUpperCase(java.util.Locale.ROOT);
        return isAlpha3(upper) ? upper : ofName(codeOrName);
    }
}
