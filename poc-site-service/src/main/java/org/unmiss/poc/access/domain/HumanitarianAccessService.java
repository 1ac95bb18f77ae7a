package org.unmiss.poc.access.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.poc.patrol.domain.PatrolService;
import org.unmiss.poc.place.domain.Places;
import org.unmiss.poc.site.domain.SiteAccess;
import org.unmiss.vocabulary.Parties;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Humanitarian access: escort and force-protection requests with the mission's decision, and access incidents. */
@Service
@RequiredArgsConstructor
public class HumanitarianAccessService {

    private final EscortStore escorts;
    private final AccessIncidentStore incidents;
    private final SiteAccess access;
    private final Places places;
    private final PatrolService patrols;
    private final ReferenceNumbers numbers;
    private final Clock clock;

    public EscortRequest request(EscortRequestBody body) {
        String office = access.recordingOffice("fieldOffice", body.fieldOffice());
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        Places.PlaceMatch from = places.match("from", body.from(), body.neededOn());
        Places.PlaceMatch to = places.match("to", body.to(), body.neededOn());
        FieldErrors errors = new FieldErrors();
        if (from.problem() != null) {
            errors.add(from.problem());
        }
        if (to.problem() != null) {
            errors.add(to.problem());
        }
        errors.when(body.neededOn().isBefore(today.minusDays(1)), "neededOn", "must not be in the past: a request comes before the movement")
                .throwIfAny("The escort request is not valid");
        return escorts.insert(new EscortRequest(numbers.next("ER", body.neededOn().getYear()), office, body.agency(),
                body.agencyType(), from.place().ref(), to.place().ref(), body.neededOn(), body.neededOn().toString().substring(0, 7),
                body.purpose(), EscortStatus.REQUESTED, null, null, null, null, null, access.username(), Instant.now(clock), null));
    }

    public EscortRequest decide(String reference, long version, EscortDecisionBody body) {
        EscortRequest request = writableEscort(reference, version);
        if (body.decision() == EscortStatus.REQUESTED || body.decision() == EscortStatus.CARRIED_OUT) {
            throw new org.unmiss.kit.problem.InvalidRequestException("decision", "must be APPROVED, DECLINED or CANCELLED"
                    + (body.decision() == EscortStatus.CARRIED_OUT ? " (record a carried-out escort with POST …/outcome)" : ""));
        }
        if (!request.status().canBecome(body.decision())) {
            throw new ConflictException(reference + " is " + request.status() + " and cannot become " + body.decision());
        }
        new FieldErrors()
                .when(body.decision() != EscortStatus.APPROVED && (body.reason() == null || body.reason().isBlank()), "reason",
                        "is required when an escort is " + body.decision().name().toLowerCase(java.util.Locale.ROOT))
                .when(body.patrolReference() != null && body.decision() != EscortStatus.APPROVED, "patrolReference",
                        "is only linked to an approved escort")
                .when(body.patrolReference() != null && patrols.findVisible(body.patrolReference()).isEmpty(), "patrolReference",
                        "must name a patrol you may see (" + body.patrolReference() + " is not one)")
                .throwIfAny("The decision is not valid");
        return escorts.save(request.decided(body.decision(), access.username(), Instant.now(clock), body.reason(),
                body.patrolReference(), version));
    }

    public EscortRequest carriedOut(String reference, long version, EscortOutcomeBody body) {
        EscortRequest request = writableEscort(reference, version);
        if (!request.status().canBecome(EscortStatus.CARRIED_OUT)) {
            throw new ConflictException(reference + " is " + request.status() + "; only an approved escort is carried out");
        }
        new FieldErrors().when(patrols.findVisible(body.patrolReference()).isEmpty(), "patrolReference",
                "must name a patrol you may see (" + body.patrolReference() + " is not one)").throwIfAny();
        return escorts.save(request.carriedOut(body.patrolReference(), body.outcome(), version));
    }

    public EscortRequest visibleEscort(String reference) {
        return escorts.byId(reference).filter(r -> access.visible(r.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Escort request", reference));
    }

    public AccessIncident recordIncident(AccessIncidentBody body) {
        String office = access.recordingOffice("fieldOffice", body.fieldOffice());
        Places.PlaceMatch place = places.match("place", body.place(), body.occurredOn());
        FieldErrors errors = new FieldErrors();
        if (place.problem() != null) {
            errors.add(place.problem());
        }
        errors.when(body.perpetratorParty() != null && Parties.resolve(body.perpetratorParty()).isEmpty(),
                        "perpetratorParty", "is not on the mission's party list")
                .when(body.agencyType() == null && !body.sofaViolation(), "agencyType",
                        "is required unless the incident restricted the mission itself (sofaViolation true)")
                .throwIfAny("The access incident is not valid");
        return incidents.insert(new AccessIncident(numbers.next("AI", body.occurredOn().getYear()), office, body.type(),
                place.place().ref(), body.occurredOn(), body.occurredOn().toString().substring(0, 7),
                body.perpetratorParty() == null ? null : Parties.canonical(body.perpetratorParty()), body.agencyType(),
                body.sofaViolation(), body.description(), access.username(), Instant.now(clock), null));
    }

    public AccessIncident visibleIncident(String reference) {
        return incidents.byId(reference).filter(r -> access.visible(r.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Access incident", reference));
    }

    private EscortRequest writableEscort(String reference, long version) {
        EscortRequest request = visibleEscort(reference);
        access.requireWritable(request.fieldOffice());
        access.requireCurrentVersion(request.version(), version);
        return request;
    }
}
