package org.unmiss.poc.referral.domain;

import org.unmiss.poc.incident.domain.SecurityIncident;

import java.time.Duration;
import java.time.Instant;

/** The referral outbox as the dispatcher works it; persistence implements it on the incidents (ADR 0021). */
public interface ReferralQueue {

    /** Leases one due referral (the given one, or any when {@code reference} is null) for {@code lease}; null if none. */
    SecurityIncident claimDue(String reference, Instant now, Duration lease);

    void markSent(String reference, String caseReference, Instant at);

    void markFailed(String reference, String error, Instant nextAttemptAt);
}
