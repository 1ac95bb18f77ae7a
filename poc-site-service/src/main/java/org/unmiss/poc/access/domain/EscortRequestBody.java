package org.unmiss.poc.access.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A partner's escort or force-protection request.
 *
 * @param from        county the movement starts in
 * @param to          county it goes to
 * @param fieldOffice the office that handles it; only needed from headquarters users
 */
public record EscortRequestBody(@NotBlank @Size(max = 120) String agency, @NotNull AgencyType agencyType,
                                @NotBlank @Size(max = 120) String from, @NotBlank @Size(max = 120) String to,
                                @NotNull LocalDate neededOn, @NotBlank @Size(max = 1000) String purpose,
                                @Size(max = 20) String fieldOffice) {
}
