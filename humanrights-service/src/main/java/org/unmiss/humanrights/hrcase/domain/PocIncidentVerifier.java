package org.unmiss.humanrights.hrcase.domain;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.kit.feign.CheckedReference;
import org.unmiss.kit.feign.RecheckBatches;
import org.unmiss.kit.feign.UnverifiedReferences;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.security.ServiceAccountTokens;

import java.time.Clock;
import java.util.Optional;

/**
 * Checks cited PoC-site incidents with poc-site-service. Only its "no such incident" (404) refuses a
 * citation; anything else that is not a confirmation (down, slow, 5xx, circuit open, 401/403) leaves
 * the citation unverified, because recording a human rights case must not depend on another
 * service being up. Unverified citations are re-checked on the kit's schedule as the platform's own client,
 * whose token sees every office; so the re-check applies the case's own office scope to the answer:
 * an incident of another field office does not confirm a citation, as it would not have for the
 * officer who cited it (poc-site-service answers them 404).
 */
@Component
public class PocIncidentVerifier implements UnverifiedReferences {

    static final String POC_SITE = "poc-site-service";
    private static final int RECHECK_BATCH = 100;

    private final PocIncidents pocSite;
    private final ServiceAccountTokens tokens;
    private final CaseStore cases;
    private final RecheckBatches<HrCase> batches;
    private final AuditLog audit;
    private final Clock clock;

    public PocIncidentVerifier(PocIncidents pocSite, ServiceAccountTokens tokens, CaseStore cases,
                               MongoTemplate mongo, AuditLog audit, Clock clock) {
        this.pocSite = pocSite;
        this.tokens = tokens;
        this.cases = cases;
        this.batches = new RecheckBatches<>(mongo, HrCase.class, Criteria.where("pocIncidents.verified").is(false),
                HrCase::reference, RECHECK_BATCH);
        this.audit = audit;
        this.clock = clock;
    }

    /** The citation as checked for the calling officer; empty when poc-site-service has no such incident. */
    public Optional<PocIncidentCitation> checkAsCaller(String reference) {
        return citation(reference, CheckedReference.ask(POC_SITE, () -> pocSite.incident(reference)));
    }

    /** The incident as poc-site-service shows it to this service's own account (for an intake, where the caller is a service). */
    public CheckedReference<PocIncident> lookUpAsService(String reference) {
        return CheckedReference.ask(POC_SITE, () -> pocSite.incident(reference, tokens.bearer()));
    }

    @Override
    public String name() {
        return "human rights cases' PoC-site incident citations";
    }

    @Override
    public int recheck() {
        return batches.recheckNext(this::recheck, this::saveConfirmed, confirmed -> true);
    }

    /** The case with its citations as poc-site-service now answers them; empty unless one is confirmed. */
    private Optional<HrCase> recheck(HrCase hrCase) {
        boolean confirmed = false;
        for (PocIncidentCitation citation : hrCase.pocIncidents()) {
            if (!citation.verified()) {
                CheckedReference<PocIncident> answer = lookUpAsService(citation.reference());
                if (answer.isVerified() && !FieldOfficeScope.of(hrCase.fieldOffice()).covers(answer.answer().fieldOffice())) {
                    // seen with the service's HQ-wide token, but outside the case's office: not there for the case
                    answer = CheckedReference.unknown();
                }
                Optional<PocIncidentCitation> checked = citation(citation.reference(), answer);
                PocIncidentCitation now = checked.orElseGet(() -> new PocIncidentCitation(citation.reference(), false,
                        "poc-site-service has no such incident", clock.instant()));
                hrCase.recheckPocIncident(now);
                confirmed |= now.verified();
            }
        }
        // Saved only on a confirmation, so a long outage does not move the case's version (and every
        // open client's ETag) each round.
        return confirmed ? Optional.of(hrCase) : Optional.empty();
    }

    private void saveConfirmed(HrCase hrCase) {
        cases.save(hrCase);
        audit.record(AuditAction.POC_INCIDENT_CONFIRMED, hrCase.reference(), hrCase.pocIncidents().stream()
                .filter(PocIncidentCitation::verified).map(PocIncidentCitation::reference).toList() + " confirmed by poc-site-service");
    }

    private Optional<PocIncidentCitation> citation(String reference, CheckedReference<PocIncident> answer) {
        return switch (answer.status()) {
            case UNKNOWN -> Optional.empty();
            case VERIFIED -> Optional.of(new PocIncidentCitation(reference, true, null, clock.instant()));
            case UNVERIFIED -> Optional.of(new PocIncidentCitation(reference, false, answer.reason(), clock.instant()));
        };
    }
}
