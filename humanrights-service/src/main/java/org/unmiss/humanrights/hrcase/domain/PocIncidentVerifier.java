package org.unmiss.humanrights.hrcase.domain;

import feign.FeignException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.security.ServiceAccountTokens;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks cited PoC-site incidents with poc-site-service. Only its "no such incident" (404) refuses a
 * citation; anything else that is not a confirmation (down, slow, 5xx, circuit open, 401/403) leaves
 * the citation unverified, because recording a human rights case must not depend on another
 * service being up. Unverified citations are re-checked on a schedule as the platform's own client,
 * whose token sees every office; so the re-check applies the case's own office scope to the answer:
 * an incident of another field office does not confirm a citation, as it would not have for the
 * officer who cited it (poc-site-service answers them 404).
 */
@Component
public class PocIncidentVerifier {

    private static final Logger log = LoggerFactory.getLogger(PocIncidentVerifier.class);
    private static final int RECHECK_BATCH = 100;

    private final PocIncidents pocSite;
    private final ServiceAccountTokens tokens;
    private final CaseStore cases;
    private final MongoTemplate mongo;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    public PocIncidentVerifier(PocIncidents pocSite, ServiceAccountTokens tokens, CaseStore cases,
                               MongoTemplate mongo, AuditLog audit) {
        this.pocSite = pocSite;
        this.tokens = tokens;
        this.cases = cases;
        this.mongo = mongo;
        this.audit = audit;
    }

    /** What poc-site-service said of one incident: found (with its fields), missing, or no answer (and why). */
    public record Answer(Outcome outcome, Map<String, Object> incident, String why) {

        public enum Outcome { FOUND, MISSING, UNANSWERED }

        /** A field of the incident as poc-site-service shows it (e.g. {@code fieldOffice}), or null. */
        public String field(String name) {
            Object value = incident == null ? null : incident.get(name);
            return value == null ? null : value.toString();
        }
    }

    /** The citation as checked for the calling officer; empty when poc-site-service has no such incident. */
    public Optional<PocIncidentCitation> checkAsCaller(String reference) {
        return citation(reference, lookUp(() -> pocSite.incident(reference)));
    }

    /** The incident as poc-site-service shows it to this service's own account (for an intake, where the caller is a service). */
    public Answer lookUpAsService(String reference) {
        return lookUp(() -> pocSite.incident(reference, tokens.bearer()));
    }

    @Scheduled(fixedDelayString = "${humanrights.poc-incidents.recheck-interval}",
            initialDelayString = "${humanrights.poc-incidents.recheck-interval}")
    public void recheckUnverified() {
        Query unverified = Query.query(Criteria.where("pocIncidents.verified").is(false)).limit(RECHECK_BATCH);
        for (HrCase hrCase : mongo.find(unverified, HrCase.class)) {
            try {
                recheck(hrCase);
            } catch (OptimisticLockingFailureException e) {
                log.debug("Case {} changed while its PoC incidents were re-checked; next round", hrCase.reference());
            } catch (RuntimeException e) {
                log.warn("Re-checking the PoC incidents of {} failed: {}", hrCase.reference(), e.toString());
            }
        }
    }

    private void recheck(HrCase hrCase) {
        boolean confirmed = false;
        for (PocIncidentCitation citation : hrCase.pocIncidents()) {
            if (!citation.verified()) {
                Answer answer = lookUpAsService(citation.reference());
                if (answer.outcome() == Answer.Outcome.FOUND && !FieldOfficeScope.of(hrCase.fieldOffice())
                        .covers(answer.field("fieldOffice"))) {
                    // seen with the service's HQ-wide token, but outside the case's office: not there for the case
                    answer = new Answer(Answer.Outcome.MISSING, null, null);
                }
                Optional<PocIncidentCitation> checked = citation(citation.reference(), answer);
                PocIncidentCitation now = checked.orElseGet(() -> new PocIncidentCitation(citation.reference(), false,
                        "poc-site-service has no such incident", clock.instant()));
                hrCase.recheckPocIncident(now);
                confirmed |= now.verified();
            }
        }
        // Saved only on a confirmation, so a long outage does not move the case's version (and every
        // open client's ETag) each round; saved at the version read, so a concurrent change wins.
        if (confirmed) {
            cases.save(hrCase);
            audit.record(AuditAction.POC_INCIDENT_CONFIRMED, hrCase.reference(), hrCase.pocIncidents().stream()
                    .filter(PocIncidentCitation::verified).map(PocIncidentCitation::reference).toList() + " confirmed by poc-site-service");
        }
    }

    private Optional<PocIncidentCitation> citation(String reference, Answer answer) {
        return switch (answer.outcome()) {
            case MISSING -> Optional.empty();
            case FOUND -> Optional.of(new PocIncidentCitation(reference, true, null, clock.instant()));
            case UNANSWERED -> Optional.of(new PocIncidentCitation(reference, false,
                    answer.why() + "; re-checked in the background", clock.instant()));
        };
    }

    private Answer lookUp(Supplier<ResponseEntity<Map<String, Object>>> call) {
        try {
            ResponseEntity<Map<String, Object>> response = call.get();
            if (response.getStatusCode().value() == 404) {
                return new Answer(Answer.Outcome.MISSING, null, null);
            }
            return new Answer(Answer.Outcome.FOUND, response.getBody() == null ? Map.of() : response.getBody(), null);
        } catch (RuntimeException e) {
            FeignException answer = feignCause(e);
            String why = answer == null || answer.status() < 0 ? "poc-site-service unreachable (" + rootCause(e) + ")"
                    : "poc-site-service answered " + answer.status();
            return new Answer(Answer.Outcome.UNANSWERED, null, why);
        }
    }

    /** Feign's answer, under the circuit breaker's wrapping (absent when the call never got one, e.g. circuit open). */
    private static FeignException feignCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FeignException feign) {
                return feign;
            }
        }
        return null;
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
