package org.unmiss.personnel.country.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/** Registers a contributing country; its name comes from the ISO list, not from the client. */
public record CountryRequest(
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code, e.g. IND") String code,
        @NotNull LocalDate contributorSince) {
}
