package org.unmiss.peace.location.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mission's field office codes as personnel-service publishes them (ADR 6), with the two
 * offices closed at the end of 2025: a record dated after an office closed cannot be filed under it.
 * A copy rather than a call, because the codes are also the tokens' {@code field_office} values
 * and validating against them must not depend on another service being up.
 */
public final class FieldOffices {

    public static final Set<String> CODES = Set.of("HQ", "JUBA", "TORIT", "YAMBIO", "BOR", "BENTIU", "MALAKAL",
            "RUMBEK", "KUAJOK", "AWEIL", "WAU");
    private static final LocalDate END_OF_2025 = LocalDate.of(2026, 1, 1);
    private static final Map<String, LocalDate> CLOSED_ON = Map.of("TORIT", END_OF_2025, "AWEIL", END_OF_2025);

    private FieldOffices() {
    }

    /** Why {@code code} cannot hold a record dated {@code on}, or empty when it can. */
    public static Optional<String> problemWith(String code, LocalDate on) {
        if (code == null || !CODES.contains(code)) {
            return Optional.of("must be one of " + new TreeSet<>(CODES));
        }
        LocalDate closed = CLOSED_ON.get(code);
        if (closed != null && on != null && !on.isBefore(closed)) {
            return Optional.of("was closed on " + closed + "; file the record under its successor office");
        }
        return Optional.empty();
    }
}
