package org.unmiss.personnel.country.domain;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ISO 3166-1 alpha-3 country codes, from the JDK's own list, with their English names. Nationalities
 * and contributing countries are checked against it, so a typo is refused rather than counted as a
 * country of its own in strength reports.
 */
public final class IsoCountries {

    private static final Map<String, String> NAMES = load();

    private IsoCountries() {
    }

    public static boolean isValid(String alpha3) {
        return alpha3 != null && NAMES.containsKey(alpha3);
    }

    /** The English name of a valid code. */
    public static Optional<String> name(String alpha3) {
        return Optional.ofNullable(alpha3 == null ? null : NAMES.get(alpha3));
    }

    private static Map<String, String> load() {
        Map<String, String> names = new TreeMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            names.put(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
        }
        // The alpha-3 list of the same standard part, in case it holds codes without an alpha-2 twin.
        for (String alpha3 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
            names.putIfAbsent(alpha3, alpha3);
        }
        return Collections.unmodifiableMap(names);
    }
}
