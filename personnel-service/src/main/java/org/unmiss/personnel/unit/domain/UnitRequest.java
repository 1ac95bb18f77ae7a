package org.unmiss.personnel.unit.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A unit as a client creates or replaces it; on update the code in the path wins and {@code code} must match it or be left out. */
public record UnitRequest(
        @Pattern(regexp = "[A-Z0-9-]{3,30}", message = "must be 3 to 30 capital letters, digits or dashes") String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull String countryCode,
        @NotNull UnitType type,
        @Min(1) @Max(5000) int authorisedStrength,
        @NotNull String baseFieldOffice,
        @NotNull LocalDate rotationStart,
        @NotNull LocalDate rotationEnd) {
}
