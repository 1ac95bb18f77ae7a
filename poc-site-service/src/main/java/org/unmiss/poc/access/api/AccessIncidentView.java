package org.unmiss.poc.access.api;

import org.unmiss.poc.access.domain.AccessIncident;
import org.unmiss.poc.access.domain.AccessIncidentType;
import org.unmiss.poc.access.domain.AgencyType;
import org.unmiss.poc.place.domain.PlaceRef;

import java.time.LocalDate;

public record AccessIncidentView(String reference, String fieldOffice, AccessIncidentType type, PlaceRef place,
                                 LocalDate occurredOn, String perpetratorParty, AgencyType agencyType,
                                 boolean sofaViolation, String description) {

    static AccessIncidentView from(AccessIncident i) {
        return new AccessIncidentView(i.reference(), i.fieldOffice(), i.type(), i.place(), i.occurredOn(),
                i.perpetratorParty(), i.agencyType(), i.sofaViolation(), i.description());
    }
}
