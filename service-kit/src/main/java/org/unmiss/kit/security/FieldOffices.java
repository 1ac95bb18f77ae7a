package org.unmiss.kit.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The mission's field-office codes with the dates offices closed, in one place for every service.
 * The codes are the values of the tokens' {@code field_office} claim (see {@link FieldOfficeScope});
 * records name the office they were made in, and a record dated after an office closed cannot be
 * filed under it. personnel-service publishes the offices' full reference data (names, states,
 * effective dates; ADR 6); services validate against this copy so that recording a case or an
 * activity never depends on another service being up. When an office opens or closes, change it
 * here and in personnel-service's reference data.
 */
public final class FieldOffices {

    /** @param closedOn the first day the office no longer operates; null while open */
    public record Office(String code, LocalDate closedOn, String successor) {

        public boolean openOn(LocalDate day) {
            return closedOn == null || day.isBefore(closedOn);
        }
    }

    private static final LocalDate END_OF_2025 = LocalDate.of(2026, 1, 1);

    private static final List<Office> OFFICES = List.of(
            new Office(FieldOfficeScope.HEADQUARTERS, null, null),
            new Office("JUBA", null, null),
            new Office("TORIT", END_OF_2025, "JUBA"),
            new Office("YAMBIO", null, null),
            new Office("BOR", null, null),
            new Office("BENTIU", null, null),
            new Office("MALAKAL", null, null),
            new Office("RUMBEK", null, null),
            new Office("KUAJOK", null, null),
            new Office("AWEIL", END_OF_2025, "WAU"),
            new Office("WAU", null, null));

    private FieldOffices() {
    }

    public static List<Office> all() {
        return OFFICES;
    }

    public static List<String> codes() {
        return OFFICES.stream().map(Office::code).toList();
    }

    public static Optional<Office> find(String code) {
        return OFFICES.stream().filter(office -> office.code().equals(code)).findFirst();
    }

    public static boolean exists(String code) {
        return find(code).isPresent();
    }

    /** The codes of offices still operating on {@code day} or later. */
    public static List<String> openSince(LocalDate day) {
        return OFFICES.stream().filter(office -> office.closedOn() == null || office.closedOn().isAfter(day))
                .map(Office::code).toList();
    }

    /** Why a record dated {@code day} cannot be filed under {@code code}, or empty when it can. */
    public static Optional<String> problemWith(String code, LocalDate day) {
        Optional<Office> office = find(code);
        if (office.isEmpty()) {
            return Optional.of("must be one of " + codes());
        }
        Office found = office.get();
        if (day != null && !found.openOn(day)) {
            return Optional.of("was closed on " + found.closedOn() + "; file the record under its successor office, "
                    + found.successor());
        }
        return Optional.empty();
    }
}
