package org.unmiss.poc.access.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** @param patrolReference the patrol that carried the escort out */
public record EscortOutcomeBody(@NotBlank @Size(max = 40) String patrolReference, @NotNull EscortOutcome outcome) {
}
