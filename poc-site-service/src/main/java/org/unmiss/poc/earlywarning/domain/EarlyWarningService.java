package org.unmiss.poc.earlywarning.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.poc.patrol.domain.PatrolService;
import org.unmiss.poc.place.domain.Place;
import org.unmiss.poc.place.domain.Places;
import org.unmiss.poc.site.domain.SiteAccess;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Early warning and response: an alert is raised at a field office, may be escalated upwards, and is
 * answered once with the response decided. Answering closes it: later escalation is refused (409).
 */
@Service
@RequiredArgsConstructor
public class EarlyWarningService {

    private final AlertStore alerts;
    private final SiteAccess access;
    private final Places places;
    private final PatrolService patrols;
    private final ReferenceNumbers numbers;
    private final Clock clock;

    public EarlyWarningAlert raise(AlertRequest request) {
        String office = access.recordingOffice("fieldOffice", request.fieldOffice());
        LocalDate day = LocalDate.ofInstant(request.raisedAt(), ZoneOffset.UTC);
        Place place = places.county("place", request.place(), day);
        return alerts.insert(new EarlyWarningAlert(numbers.next("EW", day.getYear()), office, place.ref(),
                request.raisedAt(), request.raisedAt().toString().substring(0, 7), request.source(),
                request.sourceReference(), request.communities() == null ? List.of() : List.copyOf(request.communities()),
                List.copyOf(request.indicators()), request.description(), EscalationLevel.FIELD_OFFICE, List.of(), null,
                access.username(), Instant.now(clock), null));
    }

    public EarlyWarningAlert escalate(String reference, long version, EscalationRequest request) {
        EarlyWarningAlert alert = writable(reference, version);
        if (alert.response() != null) {
            throw new ConflictException(reference + " was answered (" + alert.response().type() + ") and is no longer escalated");
        }
        if (request.to().compareTo(alert.level()) <= 0) {
            throw new ConflictException(reference + " is handled at " + alert.level() + "; an escalation goes higher, not to " + request.to());
        }
        if (request.at().isBefore(latest(alert))) {
            throw new InvalidRequestException("at", "must not be before the alert was raised or last escalated (" + latest(alert) + ")");
        }
        return alerts.save(alert.escalated(new Escalation(request.to(), request.at(), access.username(), request.reason()), version));
    }

    public EarlyWarningAlert answer(String reference, long version, AlertResponseRequest request) {
        EarlyWarningAlert alert = writable(reference, version);
        if (alert.response() != null) {
            throw new ConflictException(reference + " was already answered (" + alert.response().type() + " decided at "
                    + alert.response().decidedAt() + ")");
        }
        FieldErrors errors = new FieldErrors()
                .when(request.decidedAt().isBefore(alert.raisedAt()), "decidedAt", "must not be before the alert was raised ("
                        + alert.raisedAt() + ")")
                .when(request.type() == ResponseType.PATROL && request.patrolReference() == null, "patrolReference",
                        "is required for a PATROL response")
                .when(request.type() != ResponseType.PATROL && request.patrolReference() != null, "patrolReference",
                        "is only given for a PATROL response");
        errors.when(request.patrolReference() != null && patrols.findVisible(request.patrolReference()).isEmpty(),
                "patrolReference", "must name a patrol you may see (" + request.patrolReference() + " is not one)");
        errors.throwIfAny("The response is not valid");
        return alerts.save(alert.answered(new AlertResponse(request.type(), request.decidedAt(), access.username(),
                request.patrolReference(), request.externalReference(), request.note()), version));
    }

    public EarlyWarningAlert visible(String reference) {
        return alerts.byId(reference).filter(a -> access.visible(a.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Early-warning alert", reference));
    }

    private EarlyWarningAlert writable(String reference, long version) {
        EarlyWarningAlert alert = visible(reference);
        access.requireWritable(alert.fieldOffice());
        access.requireCurrentVersion(alert.version(), version);
        return alert;
    }

    private static Instant latest(EarlyWarningAlert alert) {
        return alert.escalations().isEmpty() ? alert.raisedAt() : alert.escalations().get(alert.escalations().size() - 1).at();
    }
}
