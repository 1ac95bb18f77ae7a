package org.unmiss.gender.activity.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The field offices gender work may name, from configuration ({@code gender.field-offices}).
 * personnel-service owns the offices' reference data; this copy only needs codes and closing
 * dates, and a service that cannot reach personnel-service must still validate an activity.
 */
@ConfigurationProperties("gender")
public record FieldOffices(List<Office> fieldOffices) {

    public FieldOffices {
        fieldOffices = fieldOffices == null ? List.of() : List.copyOf(fieldOffices);
    }

    /** @param closedOn the first day the office no longer operates; null while open */
    public record Office(String code, LocalDate closedOn) {

        public boolean openOn(LocalDate day) {
            return closedOn == null || day.isBefore(closedOn);
        }
    }

    public Optional<Office> find(String code) {
        return fieldOffices.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    public List<String> codes() {
        return fieldOffices.stream().map(Office::code).toList();
    }

    /** Offices open on or after {@code from}. */
    public List<String> openSince(LocalDate from) {
        return fieldOffices.stream().filter(o -> o.closedOn() == null || o.closedOn().isAfter(from)).map(Office::code).toList();
    }
}
