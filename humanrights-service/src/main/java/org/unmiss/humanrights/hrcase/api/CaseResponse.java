package org.unmiss.humanrights.hrcase.api;

import org.unmiss.humanrights.hrcase.domain.ActVerification;
import org.unmiss.humanrights.hrcase.domain.AgeGroup;
import org.unmiss.humanrights.hrcase.domain.CaseOrigin;
import org.unmiss.humanrights.hrcase.domain.CaseStatus;
import org.unmiss.humanrights.hrcase.domain.CaseTexts;
import org.unmiss.humanrights.hrcase.domain.CivilianStatus;
import org.unmiss.humanrights.hrcase.domain.Confidentiality;
import org.unmiss.humanrights.hrcase.domain.Consent;
import org.unmiss.humanrights.hrcase.domain.Correction;
import org.unmiss.humanrights.hrcase.domain.Disclosure;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.IncidentDate;
import org.unmiss.humanrights.hrcase.domain.PocIncidentCitation;
import org.unmiss.humanrights.hrcase.domain.Revealed;
import org.unmiss.humanrights.hrcase.domain.RevealedIdentity;
import org.unmiss.humanrights.hrcase.domain.ServiceType;
import org.unmiss.humanrights.hrcase.domain.Sex;
import org.unmiss.humanrights.hrcase.domain.SouthSudanState;
import org.unmiss.humanrights.hrcase.domain.SourceConnection;
import org.unmiss.humanrights.hrcase.domain.SourceReliability;
import org.unmiss.humanrights.hrcase.domain.StandardOfProof;
import org.unmiss.humanrights.hrcase.domain.StatusChange;
import org.unmiss.humanrights.hrcase.domain.VictimKind;
import org.unmiss.humanrights.hrcase.domain.Violation;
import org.unmiss.humanrights.hrcase.domain.ViolationType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A case as the API shows it. Victims and sources appear by pseudonymous code; {@code narrative}
 * and each {@code identity} are present only when a holder of HR_SENSITIVE asked for them
 * ({@code identitiesRevealed}), an access the audit log records. Free text (title, place,
 * perpetrator descriptions, notes, referral recipients, override reasons) and the exact point are
 * shown to holders of HR_SENSITIVE only; everyone else gets them null, the point rounded to 0.1°,
 * and {@code sensitiveWithheld} true. {@code allowedTransitions}: the statuses this caller may move the case to now
 * (the workflow's next steps their roles allow; a verification outcome never for the case's own recorder), so a
 * front end offers exactly those; the move checks the same rule again.
 */
public record CaseResponse(String reference, String title, String narrative, String fieldOffice,
                           IncidentDate occurredFrom, IncidentDate occurredTo, LocationView location,
                           Confidentiality confidentiality, List<String> tags, CaseStatus status,
                           Map<ActVerification.Outcome, Long> actsByOutcome, Instant verifiedAt,
                           boolean lateVerification, List<SourceView> sources, List<ViolationView> violations,
                           List<StatusChangeView> history, List<CorrectionView> corrections, List<DisclosureView> disclosures, CaseOrigin origin,
                           List<PocIncidentCitation> pocIncidents, String assignedTo, Instant assignedAt, String assignedBy,
                           Instant createdAt, String createdBy,
                           Instant updatedAt, boolean identitiesRevealed, boolean sensitiveWithheld, long version,
                           List<CaseStatus> allowedTransitions) {

    /** {@code exact}: the point is as recorded (HR_SENSITIVE); otherwise rounded to 0.1° and {@code place} withheld. */
    public record LocationView(SouthSudanState state, String county, String place, Double latitude, Double longitude,
                               boolean exact) {
    }

    /** {@code personCode}: the person of the registry this source is, if linked (ADR 0090). */
    public record SourceView(String code, SourceConnection connection, SourceReliability reliability,
                             RevealedIdentity identity, String personCode) {
    }

    /** {@code verification}: null for an act recorded before acts had their own (it follows its case). */
    public record ViolationView(String code, ViolationType type, List<PerpetratorView> perpetrators, List<VictimView> victims,
                                ActVerification verification) {
    }

    /**
     * {@code individualRecorded}: an individual is alleged; {@code individual} (name, rank, position) for holders of
     * HR_SENSITIVE only (ADR 0100).
     */
    public record PerpetratorView(String partyCode, String description, String unit, boolean individualRecorded,
                                  CaseTexts.IndividualText individual) {
    }

    /** {@code personCode}: the person of the registry this victim is, if linked (ADR 0090). */
    public record VictimView(String code, VictimKind kind, int count, Sex sex, Integer age, AgeGroup ageGroup, boolean child,
                             CivilianStatus civilianStatus, Consent consent, boolean identityRecorded,
                             RevealedIdentity identity, String personCode) {
    }

    public record StatusChangeView(CaseStatus from, CaseStatus to, Instant at, String by, StandardOfProof standardOfProof,
                                   String note) {
    }

    /** {@code reason}: free text, for HR_SENSITIVE only; a sealed field's change names the field, never a value. */
    public record CorrectionView(Instant at, String by, String part, List<Correction.FieldChange> changes, String reason) {
    }

    public record DisclosureView(String victimCode, Disclosure.DisclosureKind kind, ServiceType service, String recipient,
                                 String note, Instant at, String by, boolean overridden, String overrideReason) {
    }

    /** The case's acts counted by their verification outcome: what the case status summarises. */
    private static Map<ActVerification.Outcome, Long> actsByOutcome(HrCase c) {
        Map<ActVerification.Outcome, Long> counts = new EnumMap<>(ActVerification.Outcome.class);
        c.violations().stream().filter(v -> v.verification() != null)
                .forEach(v -> counts.merge(v.verification().outcome(), 1L, Long::sum));
        return counts;
    }

    /** {@code text}: the case's opened free text for a holder of HR_SENSITIVE, null to withhold it. */
    static CaseResponse from(HrCase c, Revealed revealed, CaseTexts.Opened text, List<CaseStatus> allowedTransitions) {
        boolean open = revealed != null;
        boolean withheld = text == null;
        List<SourceView> sources = c.sources().stream().map(s -> new SourceView(s.code(), s.connection(), s.reliability(),
                open ? revealed.identities().get(s.code()) : null, s.personCode())).toList();
        List<ViolationView> violations = new ArrayList<>();
        for (Violation v : c.violations()) {
            List<PerpetratorView> perpetrators = new ArrayList<>();
            for (int i = 0; i < v.perpetrators().size(); i++) {
                var p = v.perpetrators().get(i);
                perpetrators.add(new PerpetratorView(p.partyCode(),
                        withheld ? null : text.perpetratorDescriptions().get(v.code()).get(i), p.unit(), p.individual() != null,
                        withheld ? null : text.perpetratorIndividuals().get(v.code()).get(i)));
            }
            violations.add(new ViolationView(v.code(), v.type(), perpetrators, v.victims().stream()
                    .map(victim -> new VictimView(victim.code(), victim.kind(), victim.count(), victim.sex(), victim.age(),
                            victim.ageGroup(), victim.isChild(), victim.civilianStatus(), victim.consent(), victim.hasIdentity(),
                            open && victim.hasIdentity() ? revealed.identities().get(victim.code()) : null,
                            victim.personCode())).toList(),
                    v.verification()));
        }
        List<StatusChangeView> history = new ArrayList<>();
        for (int i = 0; i < c.history().size(); i++) {
            StatusChange step = c.history().get(i);
            history.add(new StatusChangeView(step.from(), step.to(), step.at(), step.by(), step.standardOfProof(),
                    withheld ? null : text.historyNotes().get(i)));
        }
        List<CorrectionView> corrections = new ArrayList<>();
        for (int i = 0; i < c.corrections().size(); i++) {
            Correction correction = c.corrections().get(i);
            corrections.add(new CorrectionView(correction.at(), correction.by(), correction.part(), correction.changes(),
                    withheld ? null : text.correctionReasons().get(i)));
        }
        List<DisclosureView> disclosures = new ArrayList<>();
        for (int i = 0; i < c.disclosures().size(); i++) {
            Disclosure d = c.disclosures().get(i);
            CaseTexts.DisclosureText opened = withheld ? null : text.disclosures().get(i);
            disclosures.add(new DisclosureView(d.victimCode(), d.kind(), d.service(), opened == null ? null : opened.recipient(),
                    opened == null ? null : opened.note(), d.at(), d.by(), d.overridden(),
                    opened == null ? null : opened.overrideReason()));
        }
        LocationView location = c.location() == null ? null : withheld
                ? new LocationView(c.location().state(), c.location().county(), null, c.location().approxLatitude(),
                        c.location().approxLongitude(), false)
                : new LocationView(c.location().state(), c.location().county(), text.place(), text.latitude(), text.longitude(), true);
        return new CaseResponse(c.reference(), withheld ? null : text.title(), open ? revealed.narrative() : null, c.fieldOffice(),
                c.occurredFrom(), c.occurredTo(), location, c.confidentiality(), c.tags().stream().sorted().toList(),
                c.status(), actsByOutcome(c), c.verifiedAt(), c.lateVerification(), sources, violations, history, corrections, disclosures,
                c.origin(), c.pocIncidents(), c.assignedTo(), c.assignedAt(), c.assignedBy(), c.createdAt(), c.createdBy(), c.updatedAt(), open, withheld, c.version(),
                allowedTransitions);
    }
}
