package org.unmiss.humanrights.hrcase.api;

import org.unmiss.humanrights.hrcase.domain.AgeGroup;
import org.unmiss.humanrights.hrcase.domain.CaseOrigin;
import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.CivilianStatus;
import org.unmiss.humanrights.hrcase.domain.Confidentiality;
import org.unmiss.humanrights.hrcase.domain.Consent;
import org.unmiss.humanrights.hrcase.domain.Disclosure;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.IncidentDate;
import org.unmiss.humanrights.hrcase.domain.Location;
import org.unmiss.humanrights.hrcase.domain.Perpetrator;
import org.unmiss.humanrights.hrcase.domain.PocIncidentCitation;
import org.unmiss.humanrights.hrcase.domain.Revealed;
import org.unmiss.humanrights.hrcase.domain.RevealedIdentity;
import org.unmiss.humanrights.hrcase.domain.Sex;
import org.unmiss.humanrights.hrcase.domain.SourceConnection;
import org.unmiss.humanrights.hrcase.domain.SourceReliability;
import org.unmiss.humanrights.hrcase.domain.StatusChange;
import org.unmiss.humanrights.hrcase.domain.VictimKind;
import org.unmiss.humanrights.hrcase.domain.ViolationType;

import java.time.Instant;
import java.util.List;

/**
 * A case as the API shows it. Victims and sources appear by pseudonymous code; {@code narrative}
 * and each {@code identity} are present only when a holder of HR_SENSITIVE asked for them
 * ({@code identitiesRevealed}), an access the audit log records.
 */
public record CaseResponse(String reference, String title, String narrative, String fieldOffice,
                           IncidentDate occurredFrom, IncidentDate occurredTo, Location location,
                           Confidentiality confidentiality, List<String> tags, CaseStatus status, Instant verifiedAt,
                           boolean lateVerification, List<SourceView> sources, List<ViolationView> violations,
                           List<StatusChange> history, List<Disclosure> disclosures, CaseOrigin origin,
                           List<PocIncidentCitation> pocIncidents, Instant createdAt, String createdBy,
                           Instant updatedAt, boolean identitiesRevealed, long version) {

    public record SourceView(String code, SourceConnection connection, SourceReliability reliability,
                             RevealedIdentity identity) {
    }

    public record ViolationView(String code, ViolationType type, List<Perpetrator> perpetrators, List<VictimView> victims) {
    }

    public record VictimView(String code, VictimKind kind, int count, Sex sex, Integer age, AgeGroup ageGroup, boolean child,
                             CivilianStatus civilianStatus, Consent consent, boolean identityRecorded,
                             RevealedIdentity identity) {
    }

    static CaseResponse from(HrCase c, Revealed revealed) {
        boolean open = revealed != null;
        List<SourceView> sources = c.sources().stream().map(s -> new SourceView(s.code(), s.connection(), s.reliability(),
                open ? revealed.identities().get(s.code()) : null)).toList();
        List<ViolationView> violations = c.violations().stream().map(v -> new ViolationView(v.code(), v.type(),
                v.perpetrators(), v.victims().stream().map(victim -> new VictimView(victim.code(), victim.kind(),
                        victim.count(), victim.sex(), victim.age(), victim.ageGroup(), victim.isChild(),
                        victim.civilianStatus(), victim.consent(), victim.hasIdentity(),
                        open && victim.hasIdentity() ? revealed.identities().get(victim.code()) : null)).toList())).toList();
        return new CaseResponse(c.reference(), c.title(), open ? revealed.narrative() : null, c.fieldOffice(),
                c.occurredFrom(), c.occurredTo(), c.location(), c.confidentiality(), c.tags().stream().sorted().toList(),
                c.status(), c.verifiedAt(), c.lateVerification(), sources, violations, c.history(), c.disclosures(),
                c.origin(), c.pocIncidents(), c.createdAt(), c.createdBy(), c.updatedAt(), open, c.version());
    }
}
