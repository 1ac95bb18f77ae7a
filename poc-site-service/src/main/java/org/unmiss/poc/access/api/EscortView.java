package org.unmiss.poc.access.api;

import org.unmiss.poc.access.domain.AgencyType;
import org.unmiss.poc.access.domain.EscortOutcome;
import org.unmiss.poc.access.domain.EscortRequest;
import org.unmiss.poc.access.domain.EscortStatus;
import org.unmiss.poc.place.domain.PlaceRef;

import java.time.Instant;
import java.time.LocalDate;

public record EscortView(String reference, String fieldOffice, String agency, AgencyType agencyType, PlaceRef from,
                         PlaceRef to, LocalDate neededOn, String purpose, EscortStatus status, String decidedBy,
                         Instant decidedAt, String decisionReason, String patrolReference, EscortOutcome outcome) {

    static EscortView from(EscortRequest r) {
        return new EscortView(r.reference(), r.fieldOffice(), r.agency(), r.agencyType(), r.from(), r.to(), r.neededOn(),
                r.purpose(), r.status(), r.decidedBy(), r.decidedAt(), r.decisionReason(), r.patrolReference(), r.outcome());
    }
}
