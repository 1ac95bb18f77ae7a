package org.unmiss.poc.earlywarning.api;

import org.unmiss.poc.earlywarning.domain.AlertResponse;
import org.unmiss.poc.earlywarning.domain.AlertSource;
import org.unmiss.poc.earlywarning.domain.EarlyWarningAlert;
import org.unmiss.poc.earlywarning.domain.Escalation;
import org.unmiss.poc.earlywarning.domain.EscalationLevel;
import org.unmiss.poc.earlywarning.domain.Indicator;
import org.unmiss.poc.place.domain.PlaceRef;

import java.time.Instant;
import java.util.List;

/**
 * @param hoursToResponse hours from the alert to the decided response; null while unanswered
 * @param description     null and {@code descriptionWithheld} true for callers without POC_WRITE
 */
public record AlertView(String reference, String fieldOffice, PlaceRef place, Instant raisedAt, AlertSource source,
                        String sourceReference, List<String> communities, List<Indicator> indicators,
                        String description, boolean descriptionWithheld, EscalationLevel level,
                        List<Escalation> escalations, AlertResponse response, Double hoursToResponse) {

    static AlertView from(EarlyWarningAlert alert, boolean mayReadDescription) {
        return new AlertView(alert.reference(), alert.fieldOffice(), alert.place(), alert.raisedAt(), alert.source(),
                alert.sourceReference(), alert.communities(), alert.indicators(),
                mayReadDescription ? alert.description() : null, !mayReadDescription && alert.description() != null,
                alert.level(), alert.escalations(), alert.response(), alert.hoursToResponse());
    }
}
