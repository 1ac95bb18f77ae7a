package org.unmiss.poc.returns.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.poc.place.domain.Places;
import org.unmiss.poc.site.domain.PocSite;
import org.unmiss.poc.site.domain.SiteAccess;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Returns and relocations from sites, with the protection monitors' four findings and follow-up visits. */
@Service
@RequiredArgsConstructor
public class ReturnService {

    private final ReturnStore returns;
    private final SiteAccess access;
    private final Places places;
    private final ReferenceNumbers numbers;
    private final Clock clock;

    public ReturnMovement record(ReturnRequest request) {
        PocSite site = access.writableSite("siteCode", request.siteCode());
        FieldErrors errors = new FieldErrors().addAll(request.individuals().problems("individuals"));
        if (request.counselledOn().isAfter(request.departedOn())) {
            errors.add("counselledOn", "must be on or before departedOn: the decision is informed before leaving");
        }
        if (errors.isEmpty() && request.individuals().total() < request.households()) {
            errors.add("individuals.total", "must be at least households (" + request.households() + ")");
        }
        Places.PlaceMatch destination = places.match("destinationCounty",
                request.destinationCounty() + ", " + request.destinationState(), request.departedOn());
        if (destination.problem() != null) {
            errors.add(destination.problem());
        }
        errors.throwIfAny("The return is not valid");
        boolean flagged = !request.voluntary() || !request.informed() || !request.safe() || !request.dignified();
        return returns.insert(new ReturnMovement(numbers.next("RT", request.departedOn().getYear()),
                site.code(), site.fieldOffice(), request.departedOn(), request.departedOn().toString().substring(0, 7),
                request.households(), request.individuals(), destination.place().state(), destination.place().name(),
                request.voluntary(), request.informed(), request.counselledOn(), List.copyOf(request.assistance()), List.of(),
                access.username(), Instant.now(clock), request.safe(), request.dignified(),
                request.kind() == null ? MovementKind.RETURN : request.kind(), destination.place().ref(), flagged, null));
    }

    public ReturnMovement followUp(String reference, long version, FollowUpRequest request) {
        ReturnMovement movement = visible(reference);
        access.requireWritable(movement.fieldOffice());
        access.requireCurrentVersion(movement.version(), version);
        if (request.on().isBefore(movement.departedOn())) {
            throw new InvalidRequestException("on", "must not be before the departure (" + movement.departedOn() + ")");
        }
        return returns.save(movement.withFollowUp(new FollowUp(request.on(), request.outcome(), request.note(), access.username()),
                version));
    }

    public ReturnMovement visible(String reference) {
        return returns.byId(reference).filter(r -> access.visible(r.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Return", reference));
    }
}
