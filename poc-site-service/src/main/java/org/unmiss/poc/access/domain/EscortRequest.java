package org.unmiss.poc.access.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.poc.place.domain.PlaceRef;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A humanitarian partner's request for an escort or force protection, the mission's decision on it,
 * the patrol that carried it out and how it went.
 *
 * @param decisionReason  why it was declined or cancelled (required then)
 * @param patrolReference the patrol that carried it out (linked on approval or when carried out)
 */
@Document("escort_requests")
@CompoundIndex(name = "office_needed", def = "{'fieldOffice': 1, 'neededOn': -1}")
public record EscortRequest(@Id String reference, String fieldOffice, String agency, AgencyType agencyType,
                            PlaceRef from, PlaceRef to, LocalDate neededOn, String month, String purpose,
                            EscortStatus status, String decidedBy, Instant decidedAt, String decisionReason,
                            String patrolReference, EscortOutcome outcome, String recordedBy, Instant recordedAt,
                            @Version Long version) {

    public EscortRequest decided(EscortStatus next, String by, Instant at, String reason, String patrol, long expectedVersion) {
        return new EscortRequest(reference, fieldOffice, agency, agencyType, from, to, neededOn, month, purpose, next, by, at,
                reason, patrol != null ? patrol : patrolReference, outcome, recordedBy, recordedAt, expectedVersion);
    }

    public EscortRequest carriedOut(String patrol, EscortOutcome how, long expectedVersion) {
        return new EscortRequest(reference, fieldOffice, agency, agencyType, from, to, neededOn, month, purpose,
                EscortStatus.CARRIED_OUT, decidedBy, decidedAt, decisionReason, patrol, how, recordedBy, recordedAt,
                expectedVersion);
    }
}
