package org.unmiss.poc.place.domain;

import java.util.Locale;

/** Edit distance between place names, to suggest the nearest one when a name is misspelt ("Guitt" → "Guit"). */
final class NameDistance {

    private NameDistance() {
    }

    /** Lower case, letters and digits only: "Kajo-Keji" and "kajo keji" are the same name. */
    static String normalised(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Levenshtein distance of the normalised names. */
    static int between(String a, String b) {
        String x = normalised(a);
        String y = normalised(b);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
