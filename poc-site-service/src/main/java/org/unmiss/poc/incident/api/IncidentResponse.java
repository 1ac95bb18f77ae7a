package org.unmiss.poc.incident.api;

import org.unmiss.poc.incident.domain.IncidentCategory;
import org.unmiss.poc.incident.domain.IncidentDetails;
import org.unmiss.poc.incident.domain.Referral;
import org.unmiss.poc.incident.domain.ReferralStatus;
import org.unmiss.poc.incident.domain.SecurityIncident;
import org.unmiss.poc.incident.domain.Severity;
import org.unmiss.poc.people.domain.PeopleCount;
import org.unmiss.poc.place.domain.PlaceRef;

import java.time.Instant;

/**
 * @param description        null and {@code descriptionWithheld} true for callers without POC_WRITE (it may name people)
 * @param referral           the SGBV referral to humanrights-service, if one was requested
 * @param place              the county it happened in
 * @param responseMinutes    minutes from the incident to the first UN response, where that is recorded
 * @param underGovernmentControl the site had been redesignated a camp under government responsibility
 */
public record IncidentResponse(String reference, String siteCode, String fieldOffice, IncidentCategory category,
                               Severity severity, Instant occurredAt, double latitude, double longitude,
                               boolean weaponsInvolved, boolean insideWeaponsFreeZone, boolean weaponsFreeZoneBreach,
                               PeopleCount people, String description, boolean descriptionWithheld,
                               ReferralView referral, PlaceRef place, IncidentDetails details, Long responseMinutes,
                               boolean underGovernmentControl) {

    public record ReferralView(ReferralStatus status, Instant requestedAt, int attempts, Instant nextAttemptAt,
                               String lastError, String caseReference, Instant sentAt) {
        static ReferralView from(Referral referral) {
            return referral == null ? null : new ReferralView(referral.status(), referral.requestedAt(), referral.attempts(),
                    referral.status() == ReferralStatus.PENDING ? referral.nextAttemptAt() : null, referral.lastError(),
                    referral.caseReference(), referral.sentAt());
        }
    }

    static IncidentResponse from(SecurityIncident incident, boolean mayReadDescription) {
        return new IncidentResponse(incident.reference(), incident.siteCode(), incident.fieldOffice(), incident.category(),
                incident.severity(), incident.occurredAt(), incident.latitude(), incident.longitude(),
                incident.weaponsInvolved(), incident.insideWeaponsFreeZone(), incident.weaponsFreeZoneBreach(),
                incident.people(), mayReadDescription ? incident.description() : null,
                !mayReadDescription && incident.description() != null, ReferralView.from(incident.referral()),
                incident.place(), incident.details(), responseMinutes(incident), incident.underGovernmentControl());
    }

    private static Long responseMinutes(SecurityIncident incident) {
        return incident.details() == null || incident.details().respondedAt() == null ? null
                : java.time.Duration.between(incident.occurredAt(), incident.details().respondedAt()).toMinutes();
    }
}
