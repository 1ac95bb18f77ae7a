package org.unmiss.poc.access.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param decision        APPROVED, DECLINED or CANCELLED
 * @param reason          required when declining or cancelling
 * @param patrolReference the patrol assigned to carry out an approved escort (optional until it is carried out)
 */
public record EscortDecisionBody(@NotNull EscortStatus decision, @Size(max = 1000) String reason,
                                 @Size(max = 40) String patrolReference) {
}
