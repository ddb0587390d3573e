package dev.timeline.model;

import java.util.Locale;
import java.util.Set;

/**
 * Where an event happened.
 *
 * @param name    place name as the source gives it, or null when only the country is known
 * @param country ISO 3166-1 alpha-3 code, or null when unknown
 */
public record Place(String name, String country) {

    /** Whether {@code code} is an ISO 3166-1 alpha-3 country code, as written (upper case): {@code AZE}. */
    public static boolean isCountryCode(String code) {
        return Countries.isAlpha3(code);
    }

    public Place {
        if (name == null && country == null) {
            throw new IllegalArgumentException("a place needs a name or a country");
        }
    }

    /** "Tel Aviv, ISR", "Tel Aviv" or "ISR". */
    @Override
    public String toString() {
        if (name == null) {
            return country;
        }
        return country == null ? name : name + ", " + country;
    }
}
