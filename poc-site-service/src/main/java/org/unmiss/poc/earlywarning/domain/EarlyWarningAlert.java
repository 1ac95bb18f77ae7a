package org.unmiss.poc.earlywarning.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.poc.place.domain.PlaceRef;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An early-warning alert of intercommunal violence: where, which communities, which indicators, who
 * raised it, how far it was escalated and the response decided. {@code month} (YYYY-MM, UTC, of
 * {@code raisedAt}) lets reports group without date operators.
 *
 * @param level       the level handling it now (FIELD_OFFICE when raised)
 * @param response    null while no response has been decided
 * @param description free text; may name people, so only POC_WRITE holders see it
 */
@Document("early_warning_alerts")
@CompoundIndex(name = "office_raised", def = "{'fieldOffice': 1, 'raisedAt': -1}")
public record EarlyWarningAlert(@Id String reference, String fieldOffice, PlaceRef place, Instant raisedAt, String month,
                                AlertSource source, String sourceReference, List<String> communities,
                                List<Indicator> indicators, String description, EscalationLevel level,
                                List<Escalation> escalations, AlertResponse response, String recordedBy,
                                Instant recordedAt, @Version Long version) {

    public EarlyWarningAlert escalated(Escalation escalation, long expectedVersion) {
        List<Escalation> all = new ArrayList<>(escalations);
        all.add(escalation);
        return new EarlyWarningAlert(reference, fieldOffice, place, raisedAt, month, source, sourceReference, communities,
                indicators, description, escalation.to(), List.copyOf(all), response, recordedBy, recordedAt, expectedVersion);
    }

    public EarlyWarningAlert answered(AlertResponse decided, long expectedVersion) {
        return new EarlyWarningAlert(reference, fieldOffice, place, raisedAt, month, source, sourceReference, communities,
                indicators, description, level, escalations, decided, recordedBy, recordedAt, expectedVersion);
    }

    /** Hours from the alert to the decided response; null while unanswered. */
    public Double hoursToResponse() {
        return response == null ? null : Duration.between(raisedAt, response.decidedAt()).toMinutes() / 60.0;
    }
}
