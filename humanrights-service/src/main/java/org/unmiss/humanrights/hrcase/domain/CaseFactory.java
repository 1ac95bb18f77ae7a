package org.unmiss.humanrights.hrcase.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.party.domain.PerpetratorParties;
import org.unmiss.vocabulary.Parties;
import org.unmiss.humanrights.party.domain.PerpetratorParty;
import org.unmiss.humanrights.protection.domain.IdentityVault;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns what a client sent into case parts: checks every rule that spans fields (reporting all
 * broken ones at once, each with its JSON path), gives victims and sources their pseudonyms and
 * seals their identities for the case. Nothing is written here, so a rejected request leaves no trace.
 */
@Component
@RequiredArgsConstructor
public class CaseFactory {

    private final IdentityVault vault;
    private final PerpetratorParties parties;

    /** The reference list of parties by code, for a batch of {@link #newCase} calls. */
    public Map<String, PerpetratorParty> partiesByCode() {
        return parties.all().stream().collect(Collectors.toMap(PerpetratorParty::code, Function.identity()));
    }

    public void checkOffice(String fieldOffice, LocalDate recordedOn, String field, FieldErrors errors) {
        if (!OfficeStates.exists(fieldOffice)) {
            errors.add(field, "must be a field office code (JUBA, MALAKAL, ...)");
        } else {
            OfficeStates.closedReason(fieldOffice, recordedOn).ifPresent(reason -> errors.add(field, reason));
        }
    }

    /** The incident's dates: not in the future, the end not before the start. */
    public static void checkDates(IncidentDate from, IncidentDate to, LocalDate today, FieldErrors errors) {
        if (from.date().isAfter(today)) {
            errors.add("occurredFrom.date", "must not be in the future");
        }
        if (to != null && to.latestPossible().isBefore(from.date())) {
            errors.add("occurredTo.date", "must not be before occurredFrom.date");
        }
        if (to != null && to.date().isAfter(today)) {
            errors.add("occurredTo.date", "must not be in the future");
        }
    }

    public HrCase newCase(String reference, String intakeKey, CaseDraft draft, CaseOrigin origin, Instant now,
                          String createdBy, Random random, Map<String, PerpetratorParty> partyList) {
        FieldErrors errors = new FieldErrors();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        checkOffice(draft.fieldOffice(), today, "fieldOffice", errors);
        IncidentDate from = IncidentDate.of(draft.occurredFrom().date(), draft.occurredFrom().precision());
        IncidentDate to = draft.occurredTo() == null ? null
                : IncidentDate.of(draft.occurredTo().date(), draft.occurredTo().precision());
        checkDates(from, to, today, errors);
        Set<String> codes = new HashSet<>();
        Building building = new Building(reference, now, createdBy, random, codes, partyList, errors);
        List<Source> sources = new ArrayList<>();
        List<CaseDraft.SourceDraft> sourceDrafts = draft.sources() == null ? List.of() : draft.sources();
        for (CaseDraft.SourceDraft source : sourceDrafts) {
            String code = Pseudonyms.next("S", random, codes);
            CaseDraft.IdentityDraft identity = source.identity();
            if (identity != null && identity.exactLocation() != null) {
                errors.add("sources[" + sources.size() + "].identity.exactLocation",
                        "is recorded for victims only");
            }
            sources.add(new Source(code, source.connection(), source.reliability(),
                    seal(identity == null ? null : identity.name(), reference, "sources/" + code + "/name"),
                    seal(identity == null ? null : identity.contact(), reference, "sources/" + code + "/contact")));
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < draft.violations().size(); i++) {
            violations.add(newViolation(building, "violations[" + i + "]", "ACT-" + (i + 1), draft.violations().get(i),
                    from.date()));
        }
        errors.throwIfAny("The case breaks " + errors.size() + " rules");
        CaseDraft.LocationDraft place = draft.location();
        Location location = new Location(place.state(), place.county(), seal(place.place(), reference, CaseTexts.PLACE),
                Location.coarse(place.latitude()), Location.coarse(place.longitude()),
                seal(Location.point(place.latitude(), place.longitude()), reference, CaseTexts.POINT));
        Set<String> tags = draft.tags() == null ? Set.of() : new LinkedHashSet<>(draft.tags());
        return new HrCase(reference, intakeKey, seal(draft.title(), reference, CaseTexts.TITLE),
                seal(draft.narrative(), reference, "narrative"),
                draft.fieldOffice(), from, to, location,
                draft.confidentiality() == null ? Confidentiality.CONFIDENTIAL : draft.confidentiality(), tags, sources,
                violations, origin, now, createdBy);
    }

    /** A new act for an existing case, coded after the acts it already has. */
    public Violation newViolation(HrCase hrCase, CaseDraft.ViolationDraft draft, Instant now, String by, Random random,
                                  Map<String, PerpetratorParty> partyList) {
        FieldErrors errors = new FieldErrors();
        Building building = new Building(hrCase.reference(), now, by, random, codesOf(hrCase), partyList, errors);
        Violation violation = newViolation(building, "", "ACT-" + (hrCase.violations().size() + 1), draft,
                hrCase.incidentDate());
        errors.throwIfAny("The case breaks " + errors.size() + " rules");
        return violation;
    }

    /** One more victim for an existing act of the case, with a pseudonym no other person of the case has. */
    public Victim newVictim(HrCase hrCase, Violation act, CaseDraft.VictimDraft draft, Instant now, String by, Random random) {
        FieldErrors errors = new FieldErrors();
        Building building = new Building(hrCase.reference(), now, by, random, codesOf(hrCase), Map.of(), errors);
        Victim victim = newVictimOf(building, "", act.type(), draft);
        errors.throwIfAny("The victim breaks " + errors.size() + " rules");
        return victim;
    }

    private static Set<String> codesOf(HrCase hrCase) {
        Set<String> codes = new HashSet<>();
        hrCase.sources().forEach(s -> codes.add(s.code()));
        hrCase.violations().forEach(v -> v.victims().forEach(victim -> codes.add(victim.code())));
        return codes;
    }

    private Victim newVictimOf(Building building, String path, ViolationType type, CaseDraft.VictimDraft draft) {
        return newVictimOf(building, path, type, draft, null);
    }

    private Victim newVictimOf(Building building, String path, ViolationType type, CaseDraft.VictimDraft draft, String keptCode) {
        Victim victim = newVictim(building, path, draft, keptCode);
        if (type == ViolationType.RECRUITMENT_OR_USE_OF_CHILDREN && victim.ageGroup() != AgeGroup.UNKNOWN && !victim.isChild()) {
            building.errors().add((path.isEmpty() ? "" : path + ".") + "ageGroup", "must be a child's age group for " + type);
        }
        return victim;
    }

    /**
     * An act as corrected: a new type (checked against its victims) and/or a new list of alleged perpetrators
     * (checked as when recorded); null keeps what the act has. Its victims stay.
     */
    public Violation correctedViolation(HrCase hrCase, Violation act, ViolationType type,
                                        List<CaseDraft.PerpetratorDraft> perpetrators, Instant now, String by) {
        FieldErrors errors = new FieldErrors();
        Building building = new Building(hrCase.reference(), now, by, null, codesOf(hrCase), partiesByCode(), errors);
        ViolationType newType = type == null ? act.type() : type;
        List<Perpetrator> newPerpetrators = perpetrators == null ? act.perpetrators()
                : newViolation(building, "", act.code(), new CaseDraft.ViolationDraft(newType, perpetrators, List.of()),
                hrCase.incidentDate()).perpetrators();
        if (newType == ViolationType.RECRUITMENT_OR_USE_OF_CHILDREN
                && act.victims().stream().anyMatch(v -> v.ageGroup() != AgeGroup.UNKNOWN && !v.isChild())) {
            errors.add("type", "needs every victim of the act to be a child for " + newType);
        }
        errors.throwIfAny("The act breaks " + errors.size() + " rules");
        return act.corrected(newType, newPerpetrators);
    }

    /**
     * A victim as corrected: {@code merged} is the victim's recorded facts with the correction's laid over them,
     * checked as a new victim's would be; the pseudonym and consent stay, and an identity part the correction
     * does not give keeps its sealed value.
     */
    public Victim correctedVictim(HrCase hrCase, Violation act, Victim old, CaseDraft.VictimDraft merged, Instant now, String by) {
        FieldErrors errors = new FieldErrors();
        Building building = new Building(hrCase.reference(), now, by, null, codesOf(hrCase), Map.of(), errors);
        Victim checked = newVictimOf(building, "", act.type(), merged, old.code());
        errors.throwIfAny("The victim breaks " + errors.size() + " rules");
        CaseDraft.IdentityDraft given = merged.identity();
        return new Victim(old.code(), old.kind(), checked.count(), checked.sex(), checked.age(), checked.ageGroup(),
                checked.civilianStatus(), given == null || given.name() == null ? old.sealedName() : checked.sealedName(),
                given == null || given.contact() == null ? old.sealedContact() : checked.sealedContact(),
                given == null || given.exactLocation() == null ? old.sealedExactLocation() : checked.sealedExactLocation(),
                old.consent(), old.personCode());
    }

    /** A source as corrected; null keeps what it has, an identity part not given keeps its sealed value. */
    public Source correctedSource(HrCase hrCase, Source old, SourceConnection connection, SourceReliability reliability,
                                  CaseDraft.IdentityDraft identity) {
        if (identity != null && identity.exactLocation() != null) {
            throw new InvalidRequestException("identity.exactLocation", "is recorded for victims only");
        }
        String field = "sources/" + old.code() + "/";
        return new Source(old.code(), connection == null ? old.connection() : connection,
                reliability == null ? old.reliability() : reliability,
                identity == null || identity.name() == null ? old.sealedName() : seal(identity.name(), hrCase.reference(), field + "name"),
                identity == null || identity.contact() == null ? old.sealedContact()
                        : seal(identity.contact(), hrCase.reference(), field + "contact"), old.personCode());
    }

    public static Consent consentOf(CaseDraft.ConsentDraft draft, Instant at, String by) {
        if (draft == null) {
            return Consent.none();
        }
        return new Consent(draft.servicesReferral(), draft.deidentifiedReporting(), draft.identifiedSharing(),
                draft.sharingPartners() == null ? List.of() : List.copyOf(draft.sharingPartners()),
                Boolean.TRUE.equals(draft.caregiverConsent()), Boolean.TRUE.equals(draft.childAssent()), at, by);
    }

    /**
     * A child's identity is shared only with a caregiver's consent and the child's own assent: consent
     * recording identified sharing for a child without both is refused, naming what is missing.
     */
    public static void checkConsent(CaseDraft.ConsentDraft draft, boolean child, String path, FieldErrors errors) {
        if (draft == null || !child || !Boolean.TRUE.equals(draft.identifiedSharing())) {
            return;
        }
        String prefix = path.isEmpty() ? "" : path + ".";
        if (!Boolean.TRUE.equals(draft.caregiverConsent())) {
            errors.add(prefix + "caregiverConsent", "must be true for a child's identified sharing");
        }
        if (!Boolean.TRUE.equals(draft.childAssent())) {
            errors.add(prefix + "childAssent", "must be true for a child's identified sharing");
        }
    }

    private Violation newViolation(Building building, String path, String code, CaseDraft.ViolationDraft draft,
                                   LocalDate incidentDate) {
        FieldErrors errors = building.errors();
        String prefix = path.isEmpty() ? "" : path + ".";
        List<Perpetrator> perpetrators = new ArrayList<>();
        List<CaseDraft.PerpetratorDraft> perpetratorDrafts = draft.perpetrators() == null ? List.of() : draft.perpetrators();
        for (int p = 0; p < perpetratorDrafts.size(); p++) {
            CaseDraft.PerpetratorDraft perpetrator = perpetratorDrafts.get(p);
            // One party list for human rights and ceasefire monitoring: an alias (SPLA-IO) is stored as its party's code.
            String partyCode = Parties.canonical(perpetrator.partyCode());
            checkParty(partyCode, incidentDate, building.partyList(), prefix + "perpetrators[" + p + "].partyCode", errors);
            perpetrators.add(new Perpetrator(partyCode,
                    seal(perpetrator.description(), building.reference(), CaseTexts.perpetratorDescription(code, p)),
                    perpetrator.unit() == null || perpetrator.unit().isBlank() ? null : perpetrator.unit().trim(),
                    individual(perpetrator.individual(), building.reference(), code, p)));
        }
        List<Victim> victims = new ArrayList<>();
        List<CaseDraft.VictimDraft> victimDrafts = draft.victims() == null ? List.of() : draft.victims();
        for (int v = 0; v < victimDrafts.size(); v++) {
            String victimPath = prefix + "victims[" + v + "]";
            victims.add(newVictimOf(building, victimPath, draft.type(), victimDrafts.get(v)));
        }
        return Violation.of(code, draft.type(), perpetrators, victims);
    }

    /** {@code keptCode}: the victim's pseudonym when correcting one, null for a new victim. */
    private Victim newVictim(Building building, String path, CaseDraft.VictimDraft draft, String keptCode) {
        FieldErrors errors = building.errors();
        String prefix = path.isEmpty() ? "" : path + ".";
        String reference = building.reference();
        int count = draft.count() == null ? 1 : draft.count();
        if (draft.kind() == VictimKind.INDIVIDUAL && count != 1) {
            errors.add(prefix + "count", "must be 1 (or omitted) for an INDIVIDUAL");
        }
        if (draft.kind() == VictimKind.GROUP && draft.count() == null) {
            errors.add(prefix + "count", "is required for a GROUP");
        }
        if (draft.kind() == VictimKind.GROUP && draft.identity() != null) {
            errors.add(prefix + "identity", "is recorded for INDIVIDUAL victims only");
        }
        if (draft.kind() == VictimKind.GROUP && draft.age() != null) {
            errors.add(prefix + "age", "is recorded for INDIVIDUAL victims only; give ageGroup");
        }
        AgeGroup ageGroup = draft.ageGroup();
        if (draft.age() != null) {
            AgeGroup ofAge = AgeGroup.ofAge(draft.age());
            if (ageGroup != null && ageGroup != ofAge) {
                errors.add(prefix + "ageGroup", "does not match age (" + ofAge + ")");
            }
            ageGroup = ofAge;
        }
        AgeGroup recorded = ageGroup == null ? AgeGroup.UNKNOWN : ageGroup;
        checkConsent(draft.consent(), recorded.isChild(), prefix + "consent", errors);
        String code = keptCode != null ? keptCode : Pseudonyms.next("V", building.random(), building.codes());
        CaseDraft.IdentityDraft identity = draft.identity();
        String field = "victims/" + code + "/";
        return new Victim(code, draft.kind(), count, draft.sex(), draft.age(), ageGroup == null ? AgeGroup.UNKNOWN : ageGroup,
                draft.civilianStatus() == null ? CivilianStatus.PRESUMED_CIVILIAN : draft.civilianStatus(),
                seal(identity == null ? null : identity.name(), reference, field + "name"),
                seal(identity == null ? null : identity.contact(), reference, field + "contact"),
                seal(identity == null ? null : identity.exactLocation(), reference, field + "exactLocation"),
                consentOf(draft.consent(), building.now(), building.by()));
    }

    private static void checkParty(String code, LocalDate on, Map<String, PerpetratorParty> partyList, String field,
                                   FieldErrors errors) {
        PerpetratorParty party = partyList.get(code);
        if (party == null) {
            errors.add(field, "must be a code from /api/v1/perpetrator-parties");
        } else if (party.effectiveFrom() != null && on.isBefore(party.effectiveFrom())) {
            errors.add(field, "was not in use before " + party.effectiveFrom());
        } else if (party.effectiveTo() != null && !on.isBefore(party.effectiveTo())) {
            errors.add(field, "was no longer in use from " + party.effectiveTo()
                    + (party.successorCode() == null ? "" : "; use " + party.successorCode()));
        }
    }

    /** The individual alleged, each part sealed like a victim's identity; none when nothing of them is known. */
    private Perpetrator.AllegedIndividual individual(CaseDraft.IndividualDraft draft, String reference, String act, int index) {
        if (draft == null) {
            return null;
        }
        var individual = new Perpetrator.AllegedIndividual(
                seal(draft.name(), reference, CaseTexts.perpetratorIndividual(act, index, "name")),
                seal(draft.rank(), reference, CaseTexts.perpetratorIndividual(act, index, "rank")),
                seal(draft.position(), reference, CaseTexts.perpetratorIndividual(act, index, "position")));
        return individual.sealedName() == null && individual.sealedRank() == null && individual.sealedPosition() == null
                ? null : individual;
    }

    /** What building one case's parts needs besides the drafts. */
    private record Building(String reference, Instant now, String by, Random random, Set<String> codes,
                            Map<String, PerpetratorParty> partyList, FieldErrors errors) {
    }

    private String seal(String plaintext, String reference, String field) {
        return plaintext == null || plaintext.isBlank() ? null : vault.seal(plaintext, reference, field);
    }

}
