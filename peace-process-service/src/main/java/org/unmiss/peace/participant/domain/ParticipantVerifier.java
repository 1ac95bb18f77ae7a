package org.unmiss.peace.participant.domain;

/**
 * Whether a mission participant is known to personnel-service. Declared in domain, implemented in persistence
 * (the outbound call), so the use cases that check participants depend on no persistence class (ADR 0021).
 */
public interface ParticipantVerifier {

    /** FOUND or NOT_FOUND when personnel-service answered clearly; UNKNOWN (saved as unverified) otherwise. */
    ParticipantCheck check(String indexNumber);
}
