package org.unmiss.poc.returns.api;

import org.unmiss.poc.people.domain.PeopleCount;
import org.unmiss.poc.returns.domain.Assistance;
import org.unmiss.poc.returns.domain.FollowUp;
import org.unmiss.poc.returns.domain.MovementKind;
import org.unmiss.poc.place.domain.PlaceRef;
import org.unmiss.poc.returns.domain.ReturnMovement;

import java.time.LocalDate;
import java.util.List;

/** @param flagged any of the four findings (voluntary, informed, safe, dignified) was false */
public record ReturnResponse(String reference, String siteCode, String fieldOffice, LocalDate departedOn, int households,
                             PeopleCount individuals, String destinationState, String destinationCounty,
                             boolean voluntary, boolean informed, LocalDate counselledOn, List<Assistance> assistance,
                             List<FollowUp> followUps, Boolean safe, Boolean dignified, MovementKind kind,
                             PlaceRef destination, boolean flagged) {

    static ReturnResponse from(ReturnMovement movement) {
        return new ReturnResponse(movement.reference(), movement.siteCode(), movement.fieldOffice(), movement.departedOn(),
                movement.households(), movement.individuals(), movement.destinationState(), movement.destinationCounty(),
                movement.voluntary(), movement.informed(), movement.counselledOn(), movement.assistance(),
                movement.followUps(), movement.safe(), movement.dignified(),
                movement.kind() == null ? MovementKind.RETURN : movement.kind(), movement.destination(), movement.flagged());
    }
}
