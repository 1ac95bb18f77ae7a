package org.unmiss.poc.access.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.poc.place.domain.PlaceRef;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An incident that constrained humanitarian access.
 *
 * @param perpetratorParty canonical code from the mission's party list; null if unknown
 * @param sofaViolation    whether it also restricted the mission's own freedom of movement under the Status of
 *                         Forces Agreement (the table the Secretary-General's reports carry)
 * @param description      free text; shown only to those who may write these records
 */
@Document("access_incidents")
@CompoundIndex(name = "office_day", def = "{'fieldOffice': 1, 'occurredOn': -1}")
public record AccessIncident(@Id String reference, String fieldOffice, AccessIncidentType type, PlaceRef place,
                             LocalDate occurredOn, String month, String perpetratorParty, AgencyType agencyType,
                             boolean sofaViolation, String description, String recordedBy, Instant recordedAt,
                             @Version Long version) {
}
