package org.unmiss.humanrights.person.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditDetail;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.humanrights.hrcase.domain.AgeGroup;
import org.unmiss.humanrights.hrcase.domain.CaseStore;
import org.unmiss.humanrights.hrcase.domain.ForbiddenException;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.OfficeStates;
import org.unmiss.humanrights.hrcase.domain.Pseudonyms;
import org.unmiss.humanrights.hrcase.domain.Sex;
import org.unmiss.humanrights.hrcase.domain.Victim;
import org.unmiss.humanrights.protection.domain.BlindIndex;
import org.unmiss.humanrights.protection.domain.IdentityVault;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.problem.StaleVersionException;
import org.unmiss.kit.security.CurrentUser;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

/**
 * The person registry (ADR 0090): registering a person (name sealed, blind-indexed), linking a victim or source of a
 * case to them, reading them (the name only for HR_SENSITIVE, audited first), and merging two records of one person by
 * an audited decision. Scope is the office that registered the person; a link or merge also needs the cases' offices.
 */
@Service
@RequiredArgsConstructor
public class PersonService {

    static final String PREFIX = "P";
    /** Duplicate candidates shown at most (a common name could match many). */
    static final int MAX_CANDIDATES = 20;
    /** Cases one merge may relink: more is a data problem for the registry's keepers, not one request. */
    static final int MAX_MERGED_CASES = 200;
    private static final Random CODES = new SecureRandom();
    private static final String SENSITIVE = "HR_SENSITIVE";

    private final PersonStore people;
    private final CaseStore cases;
    private final IdentityVault vault;
    private final BlindIndex blindIndex;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    /** A person with what this caller may see: the name and duplicate candidates only for HR_SENSITIVE. */
    public record Viewed(Person person, String name, List<String> duplicateCandidates, List<PersonLinks.Appearance> appearances) {
    }

    public Person register(PersonCommands.Registration registration) {
        if (!OfficeStates.exists(registration.fieldOffice())) {
            throw new InvalidRequestException("fieldOffice", "must be a field office code (JUBA, MALAKAL, ...)");
        }
        currentUser.requireCovers(registration.fieldOffice(), "People");
        String name = registration.name() == null || registration.name().isBlank() ? null : registration.name().strip();
        if (name != null && BlindIndex.words(name).isEmpty()) {
            throw new InvalidRequestException("name", "must hold a word of two or more letters or digits");
        }
        Instant now = now();
        for (int attempt = 0; ; attempt++) {
            String code = Pseudonyms.next(PREFIX, CODES, new HashSet<>());
            Person person = new Person(code, registration.fieldOffice(), name == null ? null : vault.seal(name, code, Person.NAME),
                    registration.sex(), registration.age(), registration.age() == null ? AgeGroup.UNKNOWN : AgeGroup.ofAge(registration.age()),
                    blindIndex.identityKey(name), name == null ? List.of() : blindIndex.hashes(BlindIndex.Purpose.NAME, name),
                    null, null, null, null, now, username(), null);
            try {
                Person saved = people.insert(person);
                audit.record(AuditAction.PERSON_REGISTERED, null, code + " for " + saved.fieldOffice() + ", " + saved.sex()
                        + (name == null ? ", no name" : ", name sealed"));
                return saved;
            } catch (DuplicateKeyException taken) {
                // one code in a billion is taken already: draw again
                if (attempt == 3) {
                    throw taken;
                }
            }
        }
    }

    /** The people the caller's office covers, by code only (names are read one person at a time, audited). */
    public org.springframework.data.domain.Page<Person> list(org.springframework.data.domain.Pageable pageable) {
        var page = people.list(currentUser.fieldOffice(), pageable);
        audit.record(AuditAction.PERSON_READ, null, "list page " + pageable.getPageNumber() + " size " + pageable.getPageSize()
                + ": " + page.getNumberOfElements() + " people");
        return page;
    }

    /** The person within the caller's scope; 404 outside it. The name is opened after its read is recorded. */
    public Viewed read(String code) {
        Person person = visible(code);
        List<PersonLinks.Appearance> appearances = people.appearances(currentUser.fieldOffice(), code, 500);
        if (!currentUser.hasRole(SENSITIVE)) {
            audit.record(AuditAction.PERSON_READ, null, code);
            return new Viewed(person, null, null, appearances);
        }
        List<String> candidates = person.identityKey() == null || person.merged() ? List.of()
                : people.duplicateCandidates(currentUser.fieldOffice(), person.identityKey(), code, MAX_CANDIDATES);
        audit.record(AuditAction.IDENTITY_READ, null, "person " + code + (candidates.isEmpty() ? ""
                : ", duplicate candidates " + String.join(",", candidates)));
        return new Viewed(person, vault.open(person.sealedName(), code, Person.NAME), candidates, appearances);
    }

    /**
     * Links a victim or source of an open case to a person; the case's version must be the client's. A victim's
     * recorded sex must be the person's (when both are known).
     */
    public Linked link(String reference, String memberCode, long caseVersion, PersonCommands.Link link) {
        HrCase hrCase = cases.findVisible(currentUser.fieldOffice(), reference)
                .orElseThrow(() -> new NotFoundException("Case", reference));
        if (!Long.valueOf(caseVersion).equals(hrCase.version())) {
            throw new StaleVersionException("The case is at version " + hrCase.version() + ", not " + caseVersion
                    + "; read it again and retry");
        }
        if (!hrCase.status().isOpen()) {
            throw new ConflictException("People are linked while a case is RECEIVED or UNDER_INVESTIGATION; this one is "
                    + hrCase.status() + " (reopen it first)");
        }
        Person person = people.findVisible(currentUser.fieldOffice(), link.personCode())
                .orElseThrow(() -> new InvalidRequestException("personCode", "names no person within your field office"));
        if (person.merged()) {
            throw new InvalidRequestException("personCode", "was merged into " + person.mergedInto() + "; link that person");
        }
        hrCase.violations().stream().flatMap(v -> v.victims().stream()).filter(v -> v.code().equals(memberCode)).findFirst()
                .ifPresent(victim -> requireSameSex(victim, person));
        hrCase.expectVersion(caseVersion);
        HrCase.PersonLink role = hrCase.linkPerson(memberCode, person.code(), now());
        HrCase saved = cases.save(hrCase);
        audit.record(AuditAction.PERSON_LINKED, reference, memberCode + " (" + role + ") is " + person.code());
        return new Linked(saved, role);
    }

    /** The case as saved with the link, and what the linked member is. */
    public record Linked(HrCase hrCase, HrCase.PersonLink role) {
    }

    private static void requireSameSex(Victim victim, Person person) {
        if (victim.sex() != Sex.UNKNOWN && person.sex() != Sex.UNKNOWN && victim.sex() != person.sex()) {
            throw new ConflictException("Victim " + victim.code() + " is recorded as " + victim.sex() + ", person " + person.code()
                    + " as " + person.sex() + "; correct one of them first");
        }
    }

    /**
     * Merges {@code code} into {@code merge.into()}: every case that links the first is relinked to the second, checked
     * whole before anything is written (a case where the two are victims of acts of one type refuses the merge). The
     * decision is kept on the merged record (reason sealed) and audited, one entry per relinked case. Asked again after
     * a failure half-way, it finishes the relinking.
     */
    public Person merge(String code, PersonCommands.Merge merge) {
        if (!currentUser.hasRole(SENSITIVE)) {
            throw new ForbiddenException("Merging people is decided on their identities: it needs HR_SENSITIVE");
        }
        if (code.equals(merge.into())) {
            throw new InvalidRequestException("into", "must be another person");
        }
        Person merged = visible(code);
        Person survivor = people.findVisible(currentUser.fieldOffice(), merge.into())
                .orElseThrow(() -> new InvalidRequestException("into", "names no person within your field office"));
        if (survivor.merged()) {
            throw new InvalidRequestException("into", "was itself merged into " + survivor.mergedInto());
        }
        if (merged.merged() && !merged.mergedInto().equals(survivor.code())) {
            throw new ConflictException("Person " + code + " was already merged into " + merged.mergedInto());
        }
        Instant now = now();
        List<HrCase> relinked = relinked(code, survivor, now);
        Person decided = merged.merged() ? merged
                : people.save(merged.mergedInto(survivor.code(), now, username(), vault.seal(merge.reason(), code, Person.MERGE_REASON)));
        relinked.forEach(cases::save);
        audit.record(AuditAction.PERSON_MERGED, null, code + " into " + survivor.code() + ", " + relinked.size() + " cases relinked, "
                + AuditDetail.length("reason", merge.reason()));
        if (!relinked.isEmpty()) {
            audit.recordAll(AuditAction.PERSON_LINKED, relinked.stream()
                    .map(c -> new AuditLog.Target(c.reference(), code + " relinked as " + survivor.code() + " (merge)")).toList());
        }
        return decided;
    }

    /** Every case linking {@code code}, relinked in memory to the survivor; a case the caller's scope does not cover refuses. */
    private List<HrCase> relinked(String code, Person survivor, Instant now) {
        List<String> references = people.casesOf(code);
        if (references.size() > MAX_MERGED_CASES) {
            throw new ConflictException("Person " + code + " is in " + references.size() + " cases; a merge relinks at most "
                    + MAX_MERGED_CASES);
        }
        List<HrCase> changed = new ArrayList<>();
        for (String reference : references) {
            HrCase hrCase = cases.findVisible(currentUser.fieldOffice(), reference).orElseThrow(() -> new ForbiddenException(
                    "Person " + code + " is in a case of another field office; the merge needs an officer whose office covers it"));
            List<String> members = new ArrayList<>();
            hrCase.violations().forEach(v -> v.victims().stream().filter(victim -> code.equals(victim.personCode()))
                    .forEach(victim -> members.add(victim.code())));
            hrCase.sources().stream().filter(s -> code.equals(s.personCode())).forEach(s -> members.add(s.code()));
            for (String member : members) {
                // unlinked first, so the check compares the survivor with the case's other records only
                hrCase.linkPerson(member, null, now);
            }
            for (String member : members) {
                hrCase.linkPerson(member, survivor.code(), now);
            }
            changed.add(hrCase);
        }
        return changed;
    }

    private Person visible(String code) {
        return people.findVisible(currentUser.fieldOffice(), code).orElseThrow(() -> new NotFoundException("Person", code));
    }

    private String username() {
        return currentUser.username().orElse("system");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
