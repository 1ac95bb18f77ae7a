package org.unmiss.peace.participant.domain;

import org.unmiss.kit.feign.CheckedReference;

/**
 * Whether a mission participant is known to personnel-service. Declared in domain, implemented in persistence
 * (the outbound call), so the use cases that check participants depend on no persistence class (ADR 0021).
 * Verified or unknown when personnel-service answered clearly; unverified (saved so, re-checked later) otherwise.
 */
public interface ParticipantVerifier {

    /** As the calling user (their token is relayed, so personnel-service decides on their rights). */
    CheckedReference<ParticipantPerson> check(String indexNumber);

    /** As this service's own client, for the background re-check (its token sees every office). */
    CheckedReference<ParticipantPerson> checkAsService(String indexNumber);
}
