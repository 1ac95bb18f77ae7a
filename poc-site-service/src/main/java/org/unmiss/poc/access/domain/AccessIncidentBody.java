package org.unmiss.poc.access.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * @param perpetratorParty a code or alias from the mission's party list, if known
 * @param agencyType       the kind of organisation affected; null when the mission itself was (a SOFA violation)
 */
public record AccessIncidentBody(@NotNull AccessIncidentType type, @NotBlank @Size(max = 120) String place,
                                 @NotNull @PastOrPresent LocalDate occurredOn, @Size(max = 40) String perpetratorParty,
                                 AgencyType agencyType, @NotNull Boolean sofaViolation,
                                 @Size(max = 4000) String description, @Size(max = 20) String fieldOffice) {
}
