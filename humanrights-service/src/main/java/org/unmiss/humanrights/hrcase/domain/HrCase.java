package org.unmiss.humanrights.hrcase.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.kit.feed.PolledForChanges;
import org.unmiss.kit.problem.ConflictException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A human rights case (incident) with its violations, victims, sources, workflow history and
 * disclosures: one document, so each change to it is atomic on a store without transactions.
 * Identities, the narrative and every other free text (title, place, exact point, perpetrator
 * descriptions, notes, referral recipients, override reasons) are held sealed (see
 * {@code IdentityVault}); the derived fields
 * ({@code incidentDate}, {@code incidentMonth}, {@code incidentQuarter}, {@code tags}, {@code verified})
 * exist so lists and reports filter and group in the store.
 */
@Document("hr_cases")
@PolledForChanges
@CompoundIndex(name = "office_date", def = "{'fieldOffice': 1, 'incidentDate': -1}")
@CompoundIndex(name = "verified_date", def = "{'verified': 1, 'incidentDate': 1}")
// Serves the mission-wide part-month figures (FigureBook.fromCases without an office), which otherwise scanned
// every case: 6.7 s at 20,000 cases in the soak (issue 12).
@CompoundIndex(name = "date", def = "{'incidentDate': 1}")
public class HrCase {

    @Id
    private String reference;
    /** The key a referral is deduplicated on; for cases recorded directly, the reference itself. */
    @Indexed(unique = true)
    private String intakeKey;
    private String sealedTitle;
    private String sealedNarrative;
    private String fieldOffice;
    private IncidentDate occurredFrom;
    private IncidentDate occurredTo;
    private LocalDate incidentDate;
    private String incidentMonth;
    private String incidentQuarter;
    private Location location;
    private Confidentiality confidentiality;
    private Set<String> tags;
    private List<Source> sources;
    private List<Violation> violations;
    @Indexed
    private CaseStatus status;
    private List<StatusChange> history;
    private List<Correction> corrections;
    /** The officer the case is assigned to: a username the service has seen in a signed token (ADR 0075). */
    @Indexed
    private String assignedTo;
    private Instant assignedAt;
    private String assignedBy;
    private List<CaseActivity> activities;
    private boolean verified;
    private Instant verifiedAt;
    private boolean lateVerification;
    private List<Disclosure> disclosures;
    private CaseOrigin origin;
    private List<PocIncidentCitation> pocIncidents;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    @Version
    private Long version;

    @PersistenceCreator
    HrCase() {
    }

    @SuppressWarnings("java:S107")
    public HrCase(String reference, String intakeKey, String sealedTitle, String sealedNarrative, String fieldOffice,
                  IncidentDate occurredFrom, IncidentDate occurredTo, Location location, Confidentiality confidentiality,
                  Set<String> userTags, List<Source> sources, List<Violation> violations, CaseOrigin origin,
                  Instant createdAt, String createdBy) {
        this.reference = reference;
        this.intakeKey = intakeKey;
        this.sealedTitle = sealedTitle;
        this.sealedNarrative = sealedNarrative;
        this.fieldOffice = fieldOffice;
        this.occurredFrom = occurredFrom;
        this.occurredTo = occurredTo;
        deriveIncidentPeriod();
        this.location = location;
        this.confidentiality = confidentiality;
        this.sources = List.copyOf(sources);
        this.violations = new ArrayList<>(violations);
        this.tags = new TreeSet<>(userTags);
        this.status = CaseStatus.RECEIVED;
        this.history = new ArrayList<>();
        this.disclosures = new ArrayList<>();
        this.origin = origin;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = createdAt;
        deriveTags();
    }

    /** Moves the case along the workflow; the caller has already checked who may. */
    public void moveTo(CaseStatus to, Instant at, String by, StandardOfProof standardOfProof, String sealedNote) {
        if (!status.next().contains(to)) {
            throw new IllegalStateException(status + " cannot become " + to);
        }
        CaseLimits.requireRoom(history.size(), CaseLimits.MAX_HISTORY, "workflow steps (history)", reference);
        if (to == CaseStatus.VERIFIED && !violations.isEmpty()
                && violations.stream().noneMatch(v -> v.pendingVerification() || v.countsAsVerified())) {
            throw new ConflictException("Every act of case " + reference + " was decided not verified or not to have occurred;"
                    + " the case cannot be VERIFIED");
        }
        history.add(new StatusChange(status, to, at, by, standardOfProof, sealedNote));
        if (to.isVerificationOutcome()) {
            // the acts not decided on their own take the case's decision
            ActVerification decision = new ActVerification(ActVerification.Outcome.of(to), standardOfProof, at, by,
                    to == CaseStatus.VERIFIED && Verification.isLate(incidentEnd(), at));
            violations.replaceAll(v -> v.pendingVerification() ? v.withVerification(decision) : v);
        }
        if (to == CaseStatus.VERIFIED) {
            verified = true;
            verifiedAt = at;
            lateVerification = Verification.isLate(incidentEnd(), at);
        }
        if (to == CaseStatus.UNDER_INVESTIGATION) {
            backToInvestigation();
        }
        status = to;
        updatedAt = at;
    }

    /**
     * Sends a REPORTED or CLOSED case back to investigation: it is no longer verified, so its figures
     * leave the verified counts until it is decided again. The reason is the step's (sealed) note.
     */
    public void reopen(Instant at, String by, String sealedReason) {
        if (!status.isReopenable()) {
            throw new ConflictException("A " + status + " case cannot be reopened; only a REPORTED or CLOSED one can");
        }
        CaseLimits.requireRoom(history.size(), CaseLimits.MAX_HISTORY, "workflow steps (history)", reference);
        history.add(new StatusChange(status, CaseStatus.UNDER_INVESTIGATION, at, by, null, sealedReason));
        backToInvestigation();
        status = CaseStatus.UNDER_INVESTIGATION;
        updatedAt = at;
    }

    /** Investigated again: nothing of the case counts as verified until it is decided again, act by act or as a whole. */
    private void backToInvestigation() {
        verified = false;
        verifiedAt = null;
        lateVerification = false;
        violations.replaceAll(v -> v.withVerification(ActVerification.PENDING));
    }

    private IncidentDate incidentEnd() {
        return occurredTo != null ? occurredTo : occurredFrom;
    }

    /**
     * Decides one act's verification while the case is under investigation (the caller has checked who may); the
     * case's own outcome later gives its decision to the acts still pending.
     */
    public ActVerification decideAct(String violationCode, ActVerification.Outcome outcome, StandardOfProof standardOfProof,
                                     Instant at, String by) {
        if (status != CaseStatus.UNDER_INVESTIGATION) {
            throw new ConflictException("Acts are verified while the case is UNDER_INVESTIGATION; this one is " + status);
        }
        if (outcome == ActVerification.Outcome.PENDING) {
            throw new org.unmiss.kit.problem.InvalidRequestException("outcome", "must be a decision, not PENDING");
        }
        ActVerification decision = new ActVerification(outcome, standardOfProof, at, by,
                outcome == ActVerification.Outcome.VERIFIED && Verification.isLate(incidentEnd(), at));
        violations.replaceAll(v -> v.code().equals(violationCode) ? v.withVerification(decision) : v);
        updatedAt = at;
        return decision;
    }

    /**
     * Corrects the header; a null argument keeps what the case holds. The incident's month and quarter follow
     * the corrected date (the figures move the case between partitions on save).
     */
    @SuppressWarnings("java:S107")
    public void correctHeader(String newSealedTitle, String newSealedNarrative, IncidentDate newFrom, IncidentDate newTo,
                              Location newLocation, Correction correction) {
        requireOpenFor(correction);
        if (newSealedTitle != null) {
            sealedTitle = newSealedTitle;
        }
        if (newSealedNarrative != null) {
            sealedNarrative = newSealedNarrative;
        }
        if (newFrom != null) {
            occurredFrom = newFrom;
            deriveIncidentPeriod();
        }
        if (newTo != null) {
            occurredTo = newTo;
        }
        if (newLocation != null) {
            location = newLocation;
        }
        record(correction);
    }

    /** Replaces one act (same code) with its corrected form. */
    public void correctViolation(Violation corrected, Correction correction) {
        requireOpenFor(correction);
        violations.replaceAll(v -> v.code().equals(corrected.code()) ? corrected : v);
        deriveTags();
        record(correction);
    }

    /** Replaces one victim (same code, in whichever act holds it) with its corrected form. */
    public void correctVictim(String violationCode, Victim corrected, Correction correction) {
        requireOpenFor(correction);
        replaceVictim(violationCode, corrected, correction.at());
        deriveTags();
        record(correction);
    }

    /** Replaces one source (same code) with its corrected form. */
    public void correctSource(Source corrected, Correction correction) {
        requireOpenFor(correction);
        sources = new ArrayList<>(sources);
        sources.replaceAll(s -> s.code().equals(corrected.code()) ? corrected : s);
        record(correction);
    }

    /** One more victim of an existing act, while the case is open. */
    public void addVictim(String violationCode, Victim victim, Instant at) {
        if (!status.isOpen()) {
            throw new ConflictException("Victims can be added while a case is RECEIVED or UNDER_INVESTIGATION; this one is "
                    + status + " (reopen it first)");
        }
        for (int i = 0; i < violations.size(); i++) {
            Violation violation = violations.get(i);
            if (violation.code().equals(violationCode)) {
                CaseLimits.requireRoom(violation.victims().size(), CaseLimits.MAX_VICTIMS_PER_ACT, "victims of " + violationCode,
                        reference);
                List<Victim> victims = new ArrayList<>(violation.victims());
                victims.add(victim);
                violations.set(i, violation.withVictims(victims));
            }
        }
        updatedAt = at;
        deriveTags();
    }

    /** Gives the case to an officer (the caller has checked who may); a closed case is given to nobody. */
    public void assign(String assignee, Instant at, String by) {
        if (status == CaseStatus.CLOSED) {
            throw new ConflictException("A CLOSED case is assigned to nobody; reopen it first");
        }
        assignedTo = assignee;
        assignedAt = at;
        assignedBy = by;
        updatedAt = at;
    }

    /** Records an activity, numbered after the case's others; a closed case takes none. */
    public CaseActivity recordActivity(ActivityType type, LocalDate date, String sealedOutcome, String by, Instant at) {
        if (status == CaseStatus.CLOSED) {
            throw new ConflictException("A CLOSED case takes no activity; reopen it first");
        }
        CaseLimits.requireRoom(activities().size(), CaseLimits.MAX_ACTIVITIES, "activities", reference);
        CaseActivity activity = new CaseActivity(activities().size() + 1, type, date, sealedOutcome, by, at);
        activities = new ArrayList<>(activities());
        activities.add(activity);
        updatedAt = at;
        return activity;
    }

    private void requireOpenFor(Correction correction) {
        if (!status.isOpen()) {
            throw new ConflictException("A case can be corrected while it is RECEIVED or UNDER_INVESTIGATION; this one is "
                    + status + " (reopen it first)");
        }
        CaseLimits.requireRoom(corrections().size(), CaseLimits.MAX_CORRECTIONS, "corrections", reference);
    }

    private void record(Correction correction) {
        corrections = new ArrayList<>(corrections());
        corrections.add(correction);
        updatedAt = correction.at();
    }

    private void deriveIncidentPeriod() {
        incidentDate = occurredFrom.date();
        incidentMonth = incidentDate.toString().substring(0, 7);
        incidentQuarter = incidentDate.getYear() + "-Q" + ((incidentDate.getMonthValue() - 1) / 3 + 1);
    }

    public void addViolation(Violation violation, Instant at) {
        CaseLimits.requireRoom(violations.size(), CaseLimits.MAX_ACTS, "acts (violations)", reference);
        violations.add(violation);
        updatedAt = at;
        deriveTags();
    }

    public void replaceVictim(String violationCode, Victim victim, Instant at) {
        for (int i = 0; i < violations.size(); i++) {
            Violation violation = violations.get(i);
            if (violation.code().equals(violationCode)) {
                List<Victim> victims = new ArrayList<>(violation.victims());
                victims.replaceAll(v -> v.code().equals(victim.code()) ? victim : v);
                violations.set(i, violation.withVictims(victims));
            }
        }
        updatedAt = at;
    }

    /**
     * Links a victim or source of the case (by its code) to a person of the registry, or to none (null), and says which
     * it was. The rules that keep "one person, counted once" exact (ADR 0090): only an individual victim is a person;
     * a person is the victim of at most one act of each type in a case; and their victim records in one case agree on
     * sex and age group (one incident, one age).
     */
    public PersonLink linkPerson(String memberCode, String personCode, Instant at) {
        for (int i = 0; i < violations.size(); i++) {
            Violation violation = violations.get(i);
            for (Victim victim : violation.victims()) {
                if (victim.code().equals(memberCode)) {
                    if (personCode != null) {
                        requireLinkable(violation, victim, personCode);
                    }
                    replaceVictim(violation.code(), victim.withPerson(personCode), at);
                    return PersonLink.VICTIM;
                }
            }
        }
        for (Source source : sources) {
            if (source.code().equals(memberCode)) {
                sources = new ArrayList<>(sources);
                sources.replaceAll(s -> s.code().equals(memberCode) ? s.withPerson(personCode) : s);
                updatedAt = at;
                return source.connection() == SourceConnection.WITNESS ? PersonLink.WITNESS : PersonLink.SOURCE;
            }
        }
        throw new org.unmiss.kit.problem.NotFoundException("Victim or source", reference + "/" + memberCode);
    }

    /** What a member of a case linked to a person is. */
    public enum PersonLink { VICTIM, WITNESS, SOURCE }

    private void requireLinkable(Violation act, Victim victim, String personCode) {
        if (victim.kind() != VictimKind.INDIVIDUAL) {
            throw new ConflictException("Victim " + victim.code() + " is a group; only an individual victim is a person");
        }
        for (Violation other : violations) {
            for (Victim same : other.victims()) {
                if (same.code().equals(victim.code()) || !personCode.equals(same.personCode())) {
                    continue;
                }
                if (other.type() == act.type()) {
                    throw new ConflictException("Person " + personCode + " is already victim " + same.code() + " of " + other.code()
                            + ", an act of the same type (" + act.type() + ") in case " + reference + "; record it as one act");
                }
                if (same.sex() != victim.sex() || same.ageGroup() != victim.ageGroup()) {
                    throw new ConflictException("Person " + personCode + " is victim " + same.code() + " of case " + reference
                            + " recorded as " + same.sex() + " " + same.ageGroup() + ", victim " + victim.code() + " as " + victim.sex()
                            + " " + victim.ageGroup() + "; correct one of them first");
                }
            }
        }
    }

    /** Cites a PoC-site incident once; false if the case already cites it. */
    public boolean citePocIncident(PocIncidentCitation citation, Instant at) {
        if (pocIncidents().stream().anyMatch(c -> c.reference().equals(citation.reference()))) {
            return false;
        }
        CaseLimits.requireRoom(pocIncidents().size(), CaseLimits.MAX_POC_INCIDENTS, "cited PoC-site incidents (pocIncidents)",
                reference);
        pocIncidents = new ArrayList<>(pocIncidents());
        pocIncidents.add(citation);
        updatedAt = at;
        return true;
    }

    /** Replaces a cited incident's check result (the background re-check). */
    public void recheckPocIncident(PocIncidentCitation checked) {
        pocIncidents = new ArrayList<>(pocIncidents());
        pocIncidents.replaceAll(c -> c.reference().equals(checked.reference()) ? checked : c);
    }

    public void addDisclosure(Disclosure disclosure) {
        CaseLimits.requireRoom(disclosures.size(), CaseLimits.MAX_DISCLOSURES, "referrals and sharings (disclosures)", reference);
        disclosures.add(disclosure);
        updatedAt = disclosure.at();
    }

    /** The case's version as the client last saw it, so saving checks it atomically against the store. */
    public void expectVersion(long clientVersion) {
        this.version = clientVersion;
    }

    private void deriveTags() {
        Set<String> derived = new TreeSet<>(tags);
        EnumSet<ViolationType> types = EnumSet.noneOf(ViolationType.class);
        violations.forEach(v -> types.add(v.type()));
        if (types.stream().anyMatch(ViolationType::isCrsv)) {
            derived.add("CRSV");
        }
        if (types.stream().anyMatch(ViolationType::isGbvCore)) {
            derived.add("SGBV");
        }
        if (types.contains(ViolationType.HATE_SPEECH_OR_INCITEMENT)) {
            derived.add("HATE_SPEECH");
        }
        if (violations.stream().anyMatch(v -> v.childVictimCount() > 0 || v.type().isGraveWithoutChildVictim()
                || v.type() == ViolationType.RECRUITMENT_OR_USE_OF_CHILDREN)) {
            derived.add("CHILD");
        }
        tags = derived;
    }

    public String reference() { return reference; }
    public String intakeKey() { return intakeKey; }
    public String sealedTitle() { return sealedTitle; }
    public String sealedNarrative() { return sealedNarrative; }
    public String fieldOffice() { return fieldOffice; }
    public IncidentDate occurredFrom() { return occurredFrom; }
    public IncidentDate occurredTo() { return occurredTo; }
    public LocalDate incidentDate() { return incidentDate; }
    public Location location() { return location; }
    public Confidentiality confidentiality() { return confidentiality; }
    public Set<String> tags() { return Set.copyOf(tags); }
    public List<Source> sources() { return List.copyOf(sources); }
    public List<Violation> violations() { return List.copyOf(violations); }
    public CaseStatus status() { return status; }
    public List<StatusChange> history() { return List.copyOf(history); }
    public String assignedTo() { return assignedTo; }
    public Instant assignedAt() { return assignedAt; }
    public String assignedBy() { return assignedBy; }
    public List<CaseActivity> activities() { return activities == null ? List.of() : List.copyOf(activities); }
    public List<Correction> corrections() { return corrections == null ? List.of() : List.copyOf(corrections); }
    public boolean verified() { return verified; }
    public Instant verifiedAt() { return verifiedAt; }
    public boolean lateVerification() { return lateVerification; }
    public List<Disclosure> disclosures() { return List.copyOf(disclosures); }
    public CaseOrigin origin() { return origin; }
    public List<PocIncidentCitation> pocIncidents() { return pocIncidents == null ? List.of() : pocIncidents; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant updatedAt() { return updatedAt; }
    public Long version() { return version; }
}
