package org.unmiss.poc.returns.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.poc.people.domain.PeopleCount;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Families or individuals leaving a site for a place of return or relocation. The mission supports
 * only voluntary, informed returns: both are recorded with when the household was counselled.
 */
@Document("returns")
public record ReturnMovement(@Id String reference, String siteCode, String fieldOffice, LocalDate departedOn,
                             String month, int households, PeopleCount individuals, String destinationState,
                             String destinationCounty, boolean voluntary, boolean informed, LocalDate counselledOn,
                             List<Assistance> assistance, List<FollowUp> followUps, String recordedBy,
                             Instant recordedAt, @Version Long version) {

    public ReturnMovement withFollowUp(FollowUp followUp, long expectedVersion) {
        List<FollowUp> all = new ArrayList<>(followUps);
        all.add(followUp);
        return new ReturnMovement(reference, siteCode, fieldOffice, departedOn, month, households, individuals,
                destinationState, destinationCounty, voluntary, informed, counselledOn, assistance, List.copyOf(all),
                recordedBy, recordedAt, expectedVersion);
    }
}
