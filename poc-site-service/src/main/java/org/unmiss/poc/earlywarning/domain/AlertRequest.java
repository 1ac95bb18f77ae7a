package org.unmiss.poc.earlywarning.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * @param place           the county the threat concerns ("Leer", "Leer, Unity" or "Unity/Leer")
 * @param fieldOffice     the office handling it; only needed from headquarters users
 * @param sourceReference the patrol's reference for a PATROL alert, or the network's or partner's own reference
 * @param communities     the communities concerned, as they name themselves
 */
public record AlertRequest(@NotBlank @Size(max = 120) String place, @Size(max = 20) String fieldOffice,
                           @NotNull @PastOrPresent Instant raisedAt, @NotNull AlertSource source,
                           @Size(max = 60) String sourceReference,
                           @Size(max = 10) List<@NotBlank @Size(max = 80) String> communities,
                           @NotEmpty @Size(max = 10) List<@NotNull Indicator> indicators,
                           @Size(max = 4000) String description) {
}
