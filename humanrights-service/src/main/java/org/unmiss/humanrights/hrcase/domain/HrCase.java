package org.unmiss.humanrights.hrcase.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.kit.feed.PolledForChanges;

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
        this.incidentDate = occurredFrom.date();
        this.incidentMonth = incidentDate.toString().substring(0, 7);
        this.incidentQuarter = incidentDate.getYear() + "-Q" + ((incidentDate.getMonthValue() - 1) / 3 + 1);
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
        history.add(new StatusChange(status, to, at, by, standardOfProof, sealedNote));
        if (to == CaseStatus.VERIFIED) {
            verified = true;
            verifiedAt = at;
            lateVerification = Verification.isLate(occurredTo != null ? occurredTo : occurredFrom, at);
        }
        if (to == CaseStatus.UNDER_INVESTIGATION) {
            verified = false;
            verifiedAt = null;
            lateVerification = false;
        }
        status = to;
        updatedAt = at;
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
