package org.unmiss.humanrights.hrcase.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The field offices a case can belong to, with the state each covers and the day closed offices
 * stopped taking cases. personnel-service owns the office list; these codes are stable identifiers
 * that also appear in tokens, so a local copy avoids a network call on every case write.
 */
public final class FieldOffices {

    private static final LocalDate END_OF_2025_CLOSURES = LocalDate.of(2026, 1, 1);

    private static final Map<String, SouthSudanState> STATE_OF_OFFICE = Map.ofEntries(
            Map.entry("JUBA", SouthSudanState.CENTRAL_EQUATORIA),
            Map.entry("TORIT", SouthSudanState.EASTERN_EQUATORIA),
            Map.entry("YAMBIO", SouthSudanState.WESTERN_EQUATORIA),
            Map.entry("BOR", SouthSudanState.JONGLEI),
            Map.entry("BENTIU", SouthSudanState.UNITY),
            Map.entry("MALAKAL", SouthSudanState.UPPER_NILE),
            Map.entry("RUMBEK", SouthSudanState.LAKES),
            Map.entry("KUAJOK", SouthSudanState.WARRAP),
            Map.entry("AWEIL", SouthSudanState.NORTHERN_BAHR_EL_GHAZAL),
            Map.entry("WAU", SouthSudanState.WESTERN_BAHR_EL_GHAZAL));

    private FieldOffices() {
    }

    public static boolean exists(String code) {
        return STATE_OF_OFFICE.containsKey(code);
    }

    public static SouthSudanState stateOf(String code) {
        return STATE_OF_OFFICE.get(code);
    }

    /** Why an office cannot take a new case recorded on {@code day}, if it cannot. */
    public static Optional<String> closedReason(String code, LocalDate day) {
        if (("TORIT".equals(code) || "AWEIL".equals(code)) && !day.isBefore(END_OF_2025_CLOSURES)) {
            return Optional.of("closed on " + END_OF_2025_CLOSURES + ("AWEIL".equals(code) ? "; its successor is WAU" : ""));
        }
        return Optional.empty();
    }
}
