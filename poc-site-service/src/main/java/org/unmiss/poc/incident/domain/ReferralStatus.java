package org.unmiss.poc.incident.domain;

public enum ReferralStatus {
    /** Recorded here and waiting to be accepted by humanrights-service (retried until it is). */
    PENDING,
    /** Accepted by humanrights-service; its case reference is recorded. */
    SENT
}
