package org.unmiss.poc.incident.domain;

import java.time.Instant;

/**
 * An SGBV incident's referral to humanrights-service, kept inside the incident document: the
 * outbox entry and the incident change in one atomic write, so a referral is never lost between
 * the two, and the dispatcher works through PENDING ones until each is accepted.
 */
public record Referral(ReferralStatus status, String requestedBy, Instant requestedAt, String consentNote,
                       int attempts, Instant nextAttemptAt, String lastError, String caseReference, Instant sentAt) {

    public static Referral requested(String by, Instant at, String consentNote) {
        return new Referral(ReferralStatus.PENDING, by, at, consentNote, 0, at, null, null, null);
    }
}
