package org.unmiss.humanrights.hrcase.domain;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditDetail;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.humanrights.officer.domain.OfficerDirectory;
import org.unmiss.humanrights.protection.domain.IdentityVault;
import org.unmiss.kit.feign.CheckedReference;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.problem.StaleVersionException;
import org.unmiss.kit.security.CurrentUser;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Everything done to a case: each operation checks scope, rules and consent first, then writes the
 * one case document (atomic), then appends to the audit log. Reading identities appends first and
 * opens them only once the audit entry is stored, so no identity leaves unrecorded.
 */
@Service
public class CaseService {

    /** Case references are {@code HR-<year>-<six digits>}, a sequence per year. */
    public static final String CASE_PREFIX = "HR";
    private static final Random CODES = new SecureRandom();
    /** The intake category that opens a case without acts: what happened is for the investigation to establish. */
    static final String INTAKE_UNSPECIFIED = "SGBV";

    private final CaseStore cases;
    private final ReferenceNumbers referenceNumbers;
    private final CaseFactory factory;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PocIncidentVerifier pocIncidents;
    private final CaseTexts texts;
    private final CaseCorrections corrections;
    private final OfficerDirectory officers;
    private final String pocSiteClientId;

    @SuppressWarnings("java:S107")
    public CaseService(CaseStore cases, ReferenceNumbers referenceNumbers, CaseFactory factory, IdentityVault vault,
                       AuditLog audit, CurrentUser currentUser, PocIncidentVerifier pocIncidents,
                       CaseTexts texts, CaseCorrections corrections, OfficerDirectory officers, IntakeProperties intake,
                       Clock clock) {
        this.texts = texts;
        this.officers = officers;
        this.corrections = corrections;
        this.pocSiteClientId = intake.pocSiteClientId();
        this.cases = cases;
        this.referenceNumbers = referenceNumbers;
        this.factory = factory;
        this.vault = vault;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.pocIncidents = pocIncidents;
    }

    public HrCase create(CaseDraft draft) {
        requireOfficeForWrite(draft.fieldOffice());
        Instant now = now();
        String reference = referenceNumbers.next(CASE_PREFIX, now.atZone(ZoneOffset.UTC).getYear());
        HrCase hrCase = factory.newCase(reference, reference, draft, null, now, username(), CODES, factory.partiesByCode());
        citePocIncidents(hrCase, draft.pocIncidentReferences(), now);
        HrCase saved = cases.insert(hrCase);
        audit.record(AuditAction.CASE_CREATED, reference, describe(saved));
        return saved;
    }

    /** Cites one more PoC-site incident: 400 if poc-site-service has no such incident, 409 if already cited. */
    public HrCase citePocIncident(String reference, long version, String incidentReference) {
        HrCase hrCase = forWrite(reference, version);
        if (hrCase.pocIncidents().stream().anyMatch(c -> c.reference().equals(incidentReference))) {
            throw new ConflictException("Case " + reference + " already cites " + incidentReference);
        }
        PocIncidentCitation citation = pocIncidents.checkAsCaller(incidentReference)
                .orElseThrow(() -> new InvalidRequestException("reference", "no such incident"));
        hrCase.citePocIncident(citation, now());
        HrCase saved = cases.save(hrCase);
        audit.record(AuditAction.POC_INCIDENT_CITED, reference, describe(citation));
        return saved;
    }

    /** Checks every cited incident before anything is written, so one that does not exist refuses the whole case. */
    private void citePocIncidents(HrCase hrCase, List<String> references, Instant now) {
        if (references == null || references.isEmpty()) {
            return;
        }
        FieldErrors missing = new FieldErrors();
        List<PocIncidentCitation> citations = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            int index = i;
            pocIncidents.checkAsCaller(references.get(i)).ifPresentOrElse(citations::add,
                    () -> missing.add("pocIncidentReferences[" + index + "]", "no such incident"));
        }
        missing.throwIfAnyWith("A cited PoC-site incident does not exist");
        citations.forEach(citation -> hrCase.citePocIncident(citation, now));
    }

    private static String describe(PocIncidentCitation citation) {
        return citation.reference() + (citation.verified() ? " verified" : " unverified: " + citation.note());
    }

    /** The case, if the caller's field office covers it; another office's case does not exist for them. */
    public HrCase read(String reference) {
        HrCase hrCase = cases.findVisible(currentUser.fieldOffice(), reference)
                .orElseThrow(() -> new NotFoundException("Case", reference));
        audit.record(AuditAction.CASE_READ, reference, "status " + hrCase.status());
        return hrCase;
    }

    /**
     * Victims' names by code for an identified export (nothing else is opened), per case reference, after
     * recording the identity reads of the whole batch in one audit write; only cases with a named victim are
     * recorded and opened.
     */
    public Map<String, Map<String, String>> victimNames(List<HrCase> batch) {
        if (!currentUser.hasRole("HR_SENSITIVE")) {
            throw new ForbiddenException("Identities are shown only to holders of HR_SENSITIVE");
        }
        Map<HrCase, List<Victim>> namedByCase = new LinkedHashMap<>();
        for (HrCase hrCase : batch) {
            // only victims an export may carry at all: those who consented to de-identified reporting
            List<Victim> named = hrCase.violations().stream().flatMap(v -> v.releasableVictims().stream())
                    .filter(victim -> victim.sealedName() != null).toList();
            if (!named.isEmpty()) {
                namedByCase.put(hrCase, named);
            }
        }
        audit.recordAll(AuditAction.IDENTITY_READ, namedByCase.entrySet().stream()
                .map(e -> new AuditLog.Target(e.getKey().reference(), "victim names for export: "
                        + String.join(",", e.getValue().stream().map(Victim::code).toList())))
                .toList());
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        namedByCase.forEach((hrCase, named) -> {
            Map<String, String> ofCase = new LinkedHashMap<>();
            named.forEach(victim -> ofCase.put(victim.code(),
                    vault.open(victim.sealedName(), hrCase.reference(), "victims/" + victim.code() + "/name")));
            names.put(hrCase.reference(), ofCase);
        });
        return names;
    }

    /** Opens the case's narrative and identities, after recording that the caller did. */
    public Revealed reveal(HrCase hrCase) {
        if (!currentUser.hasRole("HR_SENSITIVE")) {
            throw new ForbiddenException("Identities are shown only to holders of HR_SENSITIVE");
        }
        List<String> codes = new ArrayList<>();
        hrCase.sources().stream().filter(s -> s.sealedName() != null || s.sealedContact() != null)
                .forEach(s -> codes.add(s.code()));
        hrCase.violations().forEach(v -> v.victims().stream().filter(Victim::hasIdentity).forEach(victim -> codes.add(victim.code())));
        audit.record(AuditAction.IDENTITY_READ, hrCase.reference(), "narrative and identities of " + String.join(",", codes));
        String ref = hrCase.reference();
        Map<String, RevealedIdentity> identities = new LinkedHashMap<>();
        for (Source source : hrCase.sources()) {
            String field = "sources/" + source.code() + "/";
            identities.put(source.code(), new RevealedIdentity(vault.open(source.sealedName(), ref, field + "name"),
                    vault.open(source.sealedContact(), ref, field + "contact"), null));
        }
        hrCase.violations().forEach(v -> v.victims().forEach(victim -> {
            String field = "victims/" + victim.code() + "/";
            identities.put(victim.code(), new RevealedIdentity(vault.open(victim.sealedName(), ref, field + "name"),
                    vault.open(victim.sealedContact(), ref, field + "contact"),
                    vault.open(victim.sealedExactLocation(), ref, field + "exactLocation")));
        }));
        return new Revealed(vault.open(hrCase.sealedNarrative(), ref, "narrative"), identities);
    }

    public HrCase addViolation(String reference, CaseDraft.ViolationDraft draft) {
        HrCase hrCase = forWrite(reference, null);
        if (hrCase.status() != CaseStatus.RECEIVED && hrCase.status() != CaseStatus.UNDER_INVESTIGATION) {
            throw new ConflictException("Acts can be added while a case is RECEIVED or UNDER_INVESTIGATION; this one is "
                    + hrCase.status());
        }
        Instant now = now();
        Violation violation = factory.newViolation(hrCase, draft, now, username(), CODES, factory.partiesByCode());
        hrCase.addViolation(violation, now);
        HrCase saved = cases.save(hrCase);
        audit.record(AuditAction.VIOLATION_ADDED, reference, violation.code() + " " + violation.type());
        return saved;
    }

    /** Corrects the case header while the case is open; the change is kept in the case and audited. */
    public HrCase correct(String reference, long version, CaseCommands.HeaderCorrection request) {
        return corrected(reference, version, request.reason(), hrCase -> corrections.correctHeader(hrCase, request, now(), username()));
    }

    /** One correction: the open case at the client's version, changed by {@code correct}, saved, and audited. */
    private HrCase corrected(String reference, long version, String reason, java.util.function.Function<HrCase, Correction> correct) {
        HrCase hrCase = forWrite(reference, version);
        requireOpen(hrCase);
        Correction correction = correct.apply(hrCase);
        HrCase saved = cases.save(hrCase);
        auditCorrection(reference, correction, reason);
        return saved;
    }

    /**
     * Gives the case to an officer: anyone who records cases may take one themselves, giving it to someone else
     * needs HR_VERIFY. The assignee must be a person the service has seen with HR_WRITE for the case's office.
     */
    public HrCase assign(String reference, long version, CaseCommands.Assignment request) {
        HrCase hrCase = forWrite(reference, version);
        String me = username();
        if (currentUser.isServiceAccount()) {
            throw new ForbiddenException("Cases are assigned by people; a service account cannot");
        }
        if (!request.assignee().equals(me) && !currentUser.hasRole("HR_VERIFY")) {
            throw new ForbiddenException("Assigning a case to someone else needs HR_VERIFY; you may take it yourself");
        }
        officers.find(request.assignee()).filter(o -> o.mayWorkOn(hrCase.fieldOffice()))
                .orElseThrow(() -> new InvalidRequestException("assignee", "is no officer with HR_WRITE for "
                        + hrCase.fieldOffice() + " who has signed in to this service"));
        hrCase.assign(request.assignee(), now(), me);
        HrCase saved = cases.save(hrCase);
        // the assignee is a known username, checked above, not text taken from the request
        audit.record(AuditAction.CASE_ASSIGNED, reference, "to " + request.assignee());
        return saved;
    }

    /** Records an interview, field mission or intervention on a case that is not closed. */
    public HrCase recordActivity(String reference, CaseCommands.Activity request) {
        HrCase hrCase = forWrite(reference, null);
        Instant now = now();
        if (request.date().isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw new InvalidRequestException("date", "must not be in the future");
        }
        int number = hrCase.activities().size() + 1;
        CaseActivity activity = hrCase.recordActivity(request.type(), request.date(),
                texts.seal(request.outcome(), reference, CaseTexts.activityOutcome(number)), username(), now);
        HrCase saved = cases.save(hrCase);
        audit.record(AuditAction.ACTIVITY_RECORDED, reference, "#" + activity.number() + " " + activity.type() + " on "
                + activity.date() + ", " + AuditDetail.length("outcome", request.outcome()));
        return saved;
    }

    public HrCase correctViolation(String reference, String violationCode, long version, CaseCommands.ViolationCorrection request) {
        return corrected(reference, version, request.reason(),
                hrCase -> corrections.correctViolation(hrCase, act(hrCase, violationCode), request, now(), username()));
    }

    public HrCase correctVictim(String reference, String victimCode, long version, CaseCommands.VictimCorrection request) {
        return corrected(reference, version, request.reason(), hrCase -> {
            Located located = locate(hrCase, victimCode)
                    .orElseThrow(() -> new NotFoundException("Victim", reference + "/" + victimCode));
            return corrections.correctVictim(hrCase, act(hrCase, located.violationCode()), located.victim(), request, now(),
                    username());
        });
    }

    public HrCase correctSource(String reference, String sourceCode, long version, CaseCommands.SourceCorrection request) {
        return corrected(reference, version, request.reason(), hrCase -> {
            Source source = hrCase.sources().stream().filter(s -> s.code().equals(sourceCode)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Source", reference + "/" + sourceCode));
            return corrections.correctSource(hrCase, source, request, now(), username());
        });
    }

    private static Violation act(HrCase hrCase, String violationCode) {
        return hrCase.violations().stream().filter(v -> v.code().equals(violationCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("Act", hrCase.reference() + "/" + violationCode));
    }

    private static void requireOpen(HrCase hrCase) {
        if (!hrCase.status().isOpen()) {
            throw new ConflictException("A case can be corrected while it is RECEIVED or UNDER_INVESTIGATION; this one is "
                    + hrCase.status() + " (reopen it first)");
        }
    }

    private void auditCorrection(String reference, Correction correction, String reason) {
        // field names and the reason's length only: values of sealed fields and the reason are free text
        audit.record(AuditAction.CASE_CORRECTED, reference, correction.part() + " "
                + correction.changes().stream().map(Correction.FieldChange::field).toList() + ", " + AuditDetail.length("reason", reason));
    }

    /** Sends a REPORTED or CLOSED case back to investigation with a reason; only a human verifier may. */
    public HrCase reopen(String reference, long version, CaseCommands.Reopen request) {
        String refusal = humanVerifierRefusal("Reopening a case");
        if (refusal != null) {
            throw new ForbiddenException(refusal);
        }
        HrCase hrCase = forWrite(reference, version);
        CaseStatus from = hrCase.status();
        hrCase.reopen(now(), username(), texts.seal(request.reason(), reference, CaseTexts.historyNote(hrCase.history().size())));
        HrCase saved = cases.save(hrCase);
        audit.record(AuditAction.CASE_REOPENED, reference, from + " -> " + CaseStatus.UNDER_INVESTIGATION + ", "
                + AuditDetail.length("reason", request.reason()));
        return saved;
    }

    /** One more victim of an act, while the case is open (a reopened case takes them again). */
    public HrCase addVictim(String reference, String violationCode, long version, CaseDraft.VictimDraft draft) {
        HrCase hrCase = forWrite(reference, version);
        Violation act = act(hrCase, violationCode);
        Instant now = now();
        Victim victim = factory.newVictim(hrCase, act, draft, now, username(), CODES);
        hrCase.addVictim(violationCode, victim, now);
        HrCase saved = cases.save(hrCase);
        audit.record(AuditAction.VICTIM_ADDED, reference, violationCode + " " + victim.code() + " " + victim.kind() + " x" + victim.count());
        return saved;
    }

    /**
     * Decides one act's verification, as the MRM counts violations one by one: by a person with HR_VERIFY who did
     * not record the case, while it is under investigation.
     */
    public HrCase decideAct(String reference, String violationCode, long version, CaseCommands.ActDecision decision) {
        HrCase hrCase = forWrite(reference, version);
        requireVerifier(hrCase, "Verifying an act");
        act(hrCase, violationCode);
        ActVerification decided = hrCase.decideAct(violationCode, decision.outcome(), decision.standardOfProof(), now(), username());
        HrCase saved = cases.save(hrCase);
        audit.record(AuditAction.ACT_VERIFIED, reference, violationCode + " " + decided.outcome() + " ("
                + decided.standardOfProof() + ")" + (decided.late() ? " (late)" : ""));
        return saved;
    }

    /** A verification decision: a person with HR_VERIFY who did not record the case. */
    private void requireVerifier(HrCase hrCase, String what) {
        String refusal = verifierRefusal(hrCase, what);
        if (refusal != null) {
            throw new ForbiddenException(refusal);
        }
    }

    private String verifierRefusal(HrCase hrCase, String what) {
        String refusal = humanVerifierRefusal(what);
        if (refusal == null && hrCase.createdBy().equals(username())) {
            return "Nobody decides the verification of a case they recorded";
        }
        return refusal;
    }

    /** Why this caller may not decide as a verifier, or null when they may. */
    private String humanVerifierRefusal(String what) {
        if (!currentUser.hasRole("HR_VERIFY")) {
            return what + " needs HR_VERIFY";
        }
        if (currentUser.isServiceAccount()) {
            // a client's token is no person's judgement: a case a service opened is decided by a human officer
            return what + " needs a human HR officer; a service account cannot";
        }
        return null;
    }

    /** Why this caller may not move the case to {@code to}, or null: one rule for the move and for the moves offered. */
    private String transitionRefusal(HrCase hrCase, CaseStatus to) {
        String what = "Moving a case to " + to;
        if (to.isVerificationOutcome()) {
            return verifierRefusal(hrCase, what);
        }
        return to == CaseStatus.REPORTED || to == CaseStatus.CLOSED ? humanVerifierRefusal(what) : null;
    }

    /**
     * The statuses this caller may move a case they can see to now, in the workflow's order: what the console offers
     * as buttons (ADR 0105). The move itself checks the same rule again.
     */
    public List<CaseStatus> allowedTransitions(HrCase hrCase) {
        return hrCase.status().next().stream().filter(to -> transitionRefusal(hrCase, to) == null).sorted().toList();
    }

    public HrCase transition(String reference, long version, CaseCommands.Transition command) {
        HrCase hrCase = forWrite(reference, version);
        CaseStatus to = command.to();
        if (!hrCase.status().next().contains(to)) {
            throw new ConflictException("A " + hrCase.status() + " case cannot become " + to + "; it can become "
                    + hrCase.status().next());
        }
        String refusal = transitionRefusal(hrCase, to);
        if (refusal != null) {
            throw new ForbiddenException(refusal);
        }
        if (to.isVerificationOutcome() && command.standardOfProof() == null) {
            throw new InvalidRequestException("standardOfProof", "is required to move a case to " + to);
        }
        hrCase.moveTo(to, now(), username(), command.standardOfProof(),
                texts.seal(command.note(), reference, CaseTexts.historyNote(hrCase.history().size())));
        HrCase saved = cases.save(hrCase);
        audit.record(AuditAction.STATUS_CHANGED, reference, hrCase.history().get(hrCase.history().size() - 1).from() + " -> " + to
                + (saved.lateVerification() ? " (late)" : ""));
        return saved;
    }

    public HrCase recordConsent(String reference, String victimCode, long version, CaseDraft.ConsentDraft consent) {
        HrCase hrCase = forWrite(reference, version);
        Located located = victim(hrCase, victimCode, "victimCode");
        FieldErrors errors = new FieldErrors();
        CaseFactory.checkConsent(consent, located.victim().isChild(), "", errors);
        errors.throwIfAnyWith("A child's identified sharing needs a caregiver's consent and the child's assent");
        Instant now = now();
        hrCase.replaceVictim(located.violationCode(), located.victim().withConsent(CaseFactory.consentOf(consent, now, username())), now);
        HrCase saved = cases.save(hrCase);
        audit.record(AuditAction.CONSENT_RECORDED, reference, victimCode + " referral=" + consent.servicesReferral()
                + " deidentified=" + consent.deidentifiedReporting() + " identified=" + consent.identifiedSharing()
                + (located.victim().isChild() ? " caregiver=" + Boolean.TRUE.equals(consent.caregiverConsent())
                + " assent=" + Boolean.TRUE.equals(consent.childAssent()) : ""));
        return saved;
    }

    public HrCase refer(String reference, CaseCommands.Referral referral) {
        HrCase hrCase = forWrite(reference, null);
        Victim victim = victim(hrCase, referral.victimCode(), "victimCode").victim();
        String override = consentOrOverride(victim.consent().servicesReferral(), referral.overrideReason(),
                "Victim " + victim.code() + " has not consented to referral to services");
        hrCase.addDisclosure(disclosure(hrCase, victim, Disclosure.DisclosureKind.REFERRAL, referral.service(),
                referral.provider(), referral.note(), override));
        HrCase saved = cases.save(hrCase);
        // codes and lengths only: provider and reason are free text, sealed in the case
        if (override != null) {
            audit.record(AuditAction.CONSENT_OVERRIDDEN, reference, victim.code() + " referral, "
                    + AuditDetail.length("reason", override));
        }
        audit.record(AuditAction.REFERRAL_MADE, reference, victim.code() + " to " + referral.service() + ", "
                + AuditDetail.length("provider", referral.provider()) + ", " + AuditDetail.length("note", referral.note()));
        return saved;
    }

    public HrCase shareIdentity(String reference, CaseCommands.IdentifiedSharing sharing) {
        HrCase hrCase = forWrite(reference, null);
        Victim victim = victim(hrCase, sharing.victimCode(), "victimCode").victim();
        if (!victim.hasIdentity()) {
            throw new ConflictException("Victim " + victim.code() + " has no recorded identity to share");
        }
        String override = consentOrOverride(victim.consent().allowsSharingWith(sharing.partner(), victim.isChild()),
                sharing.overrideReason(), "Victim " + victim.code() + " has not consented to their identity being shared with "
                        + sharing.partner() + (victim.isChild() ? " (a child's needs caregiver consent and the child's assent)" : ""));
        hrCase.addDisclosure(disclosure(hrCase, victim, Disclosure.DisclosureKind.IDENTIFIED_SHARING, null,
                sharing.partner(), sharing.note(), override));
        HrCase saved = cases.save(hrCase);
        if (override != null) {
            audit.record(AuditAction.CONSENT_OVERRIDDEN, reference, victim.code() + " identified sharing, "
                    + AuditDetail.length("reason", override));
        }
        audit.record(AuditAction.IDENTITY_SHARED, reference, victim.code() + " with "
                + AuditDetail.code("partner", sharing.partner()) + ", " + AuditDetail.length("note", sharing.note()));
        return saved;
    }

    /** The outcome of an intake: the case, and whether this call created it or an earlier one had. */
    public record IntakeResult(HrCase hrCase, boolean created) {
    }

    /** The only service that refers cases today; its intake keys are {@code poc-site-service/<incident reference>}. */
    public static final String POC_SITE_SERVICE = "poc-site-service";

    /**
     * Opens a case for an SGBV incident poc-site-service refers, once per incident. Only
     * poc-site-service's own account may claim its keys (nobody can squat a key before the real
     * referral arrives), the incident must be poc-site-service's as referred (office, time, category),
     * and the unique intake key makes a retried or concurrent duplicate find the first case. A repeat
     * under the same key with other details is refused without a word about the existing case.
     */
    public IntakeResult intake(CaseCommands.Intake intake) {
        if (!POC_SITE_SERVICE.equals(intake.sourceService())) {
            throw new InvalidRequestException("sourceService", "must be " + POC_SITE_SERVICE);
        }
        if (!pocSiteClientId.equals(currentUser.clientId().orElse(null))) {
            throw new ForbiddenException("Only " + POC_SITE_SERVICE + "'s own service account refers its incidents");
        }
        List<CaseDraft.ViolationDraft> acts = intakeActs(intake.category());
        if (!OfficeStates.exists(intake.fieldOffice())) {
            throw new InvalidRequestException("fieldOffice", "must be a field office code (JUBA, MALAKAL, ...)");
        }
        requireOfficeForWrite(intake.fieldOffice());
        String intakeKey = intake.sourceService() + "/" + intake.sourceReference();
        var existing = cases.findByIntakeKey(intakeKey);
        if (existing.isPresent()) {
            return repeated(existing.get(), intake);
        }
        confirmWithPocSite(intake);
        Instant now = now();
        LocalDate occurredOn = intake.occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
        CaseDraft draft = new CaseDraft("SGBV referral " + intakeKey, intake.summary(), intake.fieldOffice(),
                new CaseDraft.DateDraft(occurredOn, DatePrecision.EXACT), null,
                new CaseDraft.LocationDraft(OfficeStates.stateOf(intake.fieldOffice()), null, null, null, null),
                Confidentiality.STRICTLY_CONFIDENTIAL, List.of("REFERRAL", "SGBV"), List.of(), acts, null);
        String reference = referenceNumbers.next(CASE_PREFIX, now.atZone(ZoneOffset.UTC).getYear());
        HrCase hrCase;
        try {
            hrCase = factory.newCase(reference, intakeKey, draft, new CaseOrigin(intake.sourceService(), intake.sourceReference(),
                    intake.occurredAt(), intake.category()), now, username(), CODES, factory.partiesByCode());
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(e.getMessage(), e.errors().stream()
                    .map(f -> new FieldError(f.field().startsWith("occurredFrom") ? "occurredAt" : f.field(), f.reason())).toList());
        }
        try {
            HrCase saved = cases.insert(hrCase);
            // category is checked above; the source reference is the caller's text, so only its length is kept
            audit.record(AuditAction.REFERRAL_RECEIVED, reference, "from " + AuditDetail.code("service", intake.sourceService())
                    + ", " + AuditDetail.length("sourceReference", intake.sourceReference()) + ", category " + intake.category());
            return new IntakeResult(saved, true);
        } catch (DuplicateKeyException concurrentDuplicate) {
            // another request with this key won the unique index: answer as if this one came second
            return repeated(cases.findByIntakeKey(intakeKey).orElseThrow(() -> concurrentDuplicate), intake);
        }
    }

    /** The first case again for the same referral; a 409 that names nothing of it for another one under its key. */
    private static IntakeResult repeated(HrCase existing, CaseCommands.Intake intake) {
        CaseOrigin origin = existing.origin();
        boolean same = origin != null && existing.fieldOffice().equals(intake.fieldOffice())
                && intake.occurredAt().equals(origin.occurredAt()) && intake.category().equals(origin.category());
        if (!same) {
            throw new ConflictException("A referral under this source reference was already received with other details");
        }
        return new IntakeResult(existing, false);
    }

    /** The referral must describe an incident poc-site-service has, as it has it. */
    private void confirmWithPocSite(CaseCommands.Intake intake) {
        CheckedReference<PocIncident> answer = pocIncidents.lookUpAsService(intake.sourceReference());
        switch (answer.status()) {
            case UNKNOWN -> throw new InvalidRequestException("sourceReference", "poc-site-service has no such incident");
            case UNVERIFIED -> throw new PocSiteUnavailableException(
                    "poc-site-service could not confirm the incident; nothing was recorded, retry later");
            case VERIFIED -> {
                PocIncident incident = answer.answer();
                FieldErrors mismatches = new FieldErrors();
                if (!intake.fieldOffice().equals(incident.fieldOffice())) {
                    mismatches.add("fieldOffice", "is not the incident's field office");
                }
                if (!intake.category().equals(incident.category())) {
                    mismatches.add("category", "is not the incident's category");
                }
                if (!sameInstant(intake.occurredAt(), incident.occurredAt())) {
                    mismatches.add("occurredAt", "is not the incident's time");
                }
                mismatches.throwIfAnyWith("The referral does not match poc-site-service's incident");
            }
        }
    }

    private static boolean sameInstant(Instant referred, String recorded) {
        try {
            return recorded != null && referred.equals(Instant.parse(recorded));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** A disclosure with its free text sealed under its position in the case. */
    private Disclosure disclosure(HrCase hrCase, Victim victim, Disclosure.DisclosureKind kind, ServiceType service,
                                  String recipient, String note, String override) {
        String ref = hrCase.reference();
        int index = hrCase.disclosures().size();
        return new Disclosure(victim.code(), kind, service, texts.seal(recipient, ref, CaseTexts.disclosure(index, "recipient")),
                texts.seal(note, ref, CaseTexts.disclosure(index, "note")), now(), username(), override != null,
                texts.seal(override, ref, CaseTexts.disclosure(index, "overrideReason")));
    }

    private static List<CaseDraft.ViolationDraft> intakeActs(String category) {
        if (INTAKE_UNSPECIFIED.equals(category)) {
            return List.of();
        }
        try {
            ViolationType type = ViolationType.valueOf(category);
            if (type.isGbvCore() || type.isCrsv()) {
                return List.of(new CaseDraft.ViolationDraft(type, List.of(), List.of()));
            }
        } catch (IllegalArgumentException notAType) {
            // reported below with the accepted values
        }
        throw new InvalidRequestException("category", "must be " + INTAKE_UNSPECIFIED + " or a CRSV or GBV core violation type ("
                + java.util.Arrays.stream(ViolationType.values()).filter(t -> t.isGbvCore() || t.isCrsv()).toList() + ")");
    }

    private String consentOrOverride(boolean consented, String overrideReason, String refusal) {
        if (consented) {
            return null;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw new ConflictException(refusal + "; record consent first, or override with a reason (HR_CONSENT_OVERRIDE)");
        }
        if (!currentUser.hasRole("HR_CONSENT_OVERRIDE")) {
            throw new ForbiddenException("Overriding a victim's consent needs HR_CONSENT_OVERRIDE");
        }
        return overrideReason;
    }

    private record Located(String violationCode, Victim victim) {
    }

    private static Located victim(HrCase hrCase, String victimCode, String field) {
        return locate(hrCase, victimCode)
                .orElseThrow(() -> new InvalidRequestException(field, "names no victim of case " + hrCase.reference()));
    }

    private static java.util.Optional<Located> locate(HrCase hrCase, String victimCode) {
        for (Violation violation : hrCase.violations()) {
            for (Victim victim : violation.victims()) {
                if (victim.code().equals(victimCode)) {
                    return java.util.Optional.of(new Located(violation.code(), victim));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The case for a change: 404 outside the caller's office, 412 if the client's version is not current. */
    private HrCase forWrite(String reference, Long clientVersion) {
        HrCase hrCase = cases.findVisible(currentUser.fieldOffice(), reference)
                .orElseThrow(() -> new NotFoundException("Case", reference));
        if (clientVersion != null) {
            if (!clientVersion.equals(hrCase.version())) {
                throw new StaleVersionException("The case is at version " + hrCase.version() + ", not " + clientVersion
                        + "; read it again and retry");
            }
            hrCase.expectVersion(clientVersion);
        }
        return hrCase;
    }

    private void requireOfficeForWrite(String fieldOffice) {
        // An unknown office is refused as bad input by the case rules; only a real one can be outside the scope.
        if (fieldOffice != null && OfficeStates.exists(fieldOffice)) {
            currentUser.requireCovers(fieldOffice, "Cases");
        }
    }

    private String username() {
        return currentUser.username().orElse("system");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String describe(HrCase hrCase) {
        return hrCase.fieldOffice() + " " + hrCase.violations().stream().map(v -> v.type().name()).toList()
                + (hrCase.pocIncidents().isEmpty() ? "" : " citing " + hrCase.pocIncidents().stream().map(CaseService::describe).toList());
    }
}
