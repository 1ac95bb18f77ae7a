package org.unmiss.poc.returns.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.poc.people.domain.PeopleCount;
import org.unmiss.poc.place.domain.PlaceRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Families or individuals leaving a site for a place of return or relocation, as protection monitors
 * record it: whether the movement was voluntary, informed, safe and dignified are four separate findings
 * (ADR 0066). A movement failing any of them is recorded, not refused, and flagged: an involuntary
 * relocation is exactly what monitoring must show.
 *
 * @param destination the county from the place list (null on records made before places)
 * @param flagged     true when any of the four findings is false
 */
@Document("returns")
public record ReturnMovement(@Id String reference, String siteCode, String fieldOffice, LocalDate departedOn,
                             String month, int households, PeopleCount individuals, String destinationState,
                             String destinationCounty, boolean voluntary, boolean informed, LocalDate counselledOn,
                             List<Assistance> assistance, List<FollowUp> followUps, String recordedBy,
                             Instant recordedAt, Boolean safe, Boolean dignified, MovementKind kind,
                             PlaceRef destination, boolean flagged, @Version Long version) {

    public ReturnMovement withFollowUp(FollowUp followUp, long expectedVersion) {
        List<FollowUp> all = new ArrayList<>(followUps);
        all.add(followUp);
        return new ReturnMovement(reference, siteCode, fieldOffice, departedOn, month, households, individuals,
                destinationState, destinationCounty, voluntary, informed, counselledOn, assistance, List.copyOf(all),
                recordedBy, recordedAt, safe, dignified, kind, destination, flagged, expectedVersion);
    }
}
