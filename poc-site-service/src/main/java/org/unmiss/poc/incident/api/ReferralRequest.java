package org.unmiss.poc.incident.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param survivorConsent the survivor consented to the referral (no referral without recorded consent)
 * @param consentNote     how and when consent was given
 */
public record ReferralRequest(@NotNull @AssertTrue(message = "must be true: no referral without the survivor's recorded consent") Boolean survivorConsent,
                              @Size(max = 500) String consentNote) {
}
