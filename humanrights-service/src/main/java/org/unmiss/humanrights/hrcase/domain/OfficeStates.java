package org.unmiss.humanrights.hrcase.domain;

import org.unmiss.kit.security.FieldOffices;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The field offices a case can belong to (every office but headquarters) and the state each covers,
 * which places a case for the reports. Which offices exist and when they closed comes from the
 * kit's {@link FieldOffices}, the platform's one list.
 */
public final class OfficeStates {

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

    private OfficeStates() {
    }

    public static boolean exists(String code) {
        return STATE_OF_OFFICE.containsKey(code);
    }

    /** Every office a case can belong to. */
    public static java.util.Set<String> codes() {
        return new java.util.TreeSet<>(STATE_OF_OFFICE.keySet());
    }

    public static SouthSudanState stateOf(String code) {
        return STATE_OF_OFFICE.get(code);
    }

    /** Why an office cannot take a new case recorded on {@code day}, if it cannot. */
    public static Optional<String> closedReason(String code, LocalDate day) {
        return FieldOffices.find(code).filter(office -> !office.openOn(day))
                .map(office -> "closed on " + office.closedOn() + "; its successor is " + office.successor());
    }
}
