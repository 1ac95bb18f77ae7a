package org.unmiss.poc.earlywarning.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * @param patrolReference   required for a PATROL response: a patrol this service holds and the caller may see
 * @param externalReference the engagement in peace-process-service for ENGAGEMENT or DIALOGUE, the partner's reference for REFERRAL
 */
public record AlertResponseRequest(@NotNull ResponseType type, @NotNull @PastOrPresent Instant decidedAt,
                                   @Size(max = 40) String patrolReference, @Size(max = 60) String externalReference,
                                   @Size(max = 2000) String note) {
}
