package dev.timeline.model;

import java.util.Locale;
import java.util.Set;

/**
 * Where an event happened.
 *
 * @param name    place name as the source gives it, or null when only the country is known
 * @param country ISO 3166-1 alpha-3 code, or null when unknown
 * @param lat     WGS 84 latitude in degrees [-90, 90], or null when the source gives no point
 * @param lon     WGS 84 longitude in degrees [-180, 180], or null when the source gives no point; given with
 *                {@code lat} or not at all
 */
public record Place(String name, String country, Double lat, Double lon) {

    /** A place without a point. */
    public Place(String name, String country) {
        this(name, country, null, null);
    }

    /** Whether the place has a point (both coordinates). */
    public boolean hasPoint() {
        return lat != null;
    }

    /** Whether {@code code} is an ISO 3166-1 alpha-3 country code, as written (upper case): {@code AZE}. */
    public static boolean isCountryCode(String code) {
        return Countries.isAlpha3(code);
    }

    public Place {
        if (name == null && country == null && lat == null) {
            throw new IllegalArgumentException("a place needs a name, a country or a point");
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("a point needs both lat and lon");
        }
        if (lat != null && (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180))) {
            throw new IllegalArgumentException("a point is lat in [-90, 90] and lon in [-180, 180]: " + lat + ", " + lon);
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
