package org.unmiss.humanrights.hrcase.domain;

/**
 * A victim of one act: an individual (count 1, identity sealed) or a group counted by sex and age
 * group without identities. {@code code} is the pseudonym everyone without HR_SENSITIVE sees; the
 * sealed fields open only with the case's reference and the field's path. {@code personCode}: the
 * person of the registry this individual is (ADR 0090), null until linked; the figures count a person
 * once however many acts of the case they suffered.
 */
public record Victim(String code, VictimKind kind, int count, Sex sex, Integer age, AgeGroup ageGroup,
                     CivilianStatus civilianStatus, String sealedName, String sealedContact, String sealedExactLocation,
                     Consent consent, String personCode) {

    /** The one constructor the store reads with (a record's other constructors are for code). */
    @org.springframework.data.annotation.PersistenceCreator
    public Victim {
        // nothing to check: the factory checks what a client sends
    }

    /** A victim linked to no person of the registry. */
    @SuppressWarnings("java:S107")
    public Victim(String code, VictimKind kind, int count, Sex sex, Integer age, AgeGroup ageGroup,
                  CivilianStatus civilianStatus, String sealedName, String sealedContact, String sealedExactLocation,
                  Consent consent) {
        this(code, kind, count, sex, age, ageGroup, civilianStatus, sealedName, sealedContact, sealedExactLocation, consent, null);
    }

    /** The victim as this person of the registry (null: linked to none). */
    public Victim withPerson(String newPersonCode) {
        return new Victim(code, kind, count, sex, age, ageGroup, civilianStatus, sealedName, sealedContact,
                sealedExactLocation, consent, newPersonCode);
    }

    /** Who this victim is for counting: the linked person, else the victim record itself (never the same as another's). */
    public String countingKey() {
        return personCode != null ? personCode : code;
    }

    public boolean isChild() {
        return ageGroup.isChild();
    }

    public boolean hasIdentity() {
        return sealedName != null || sealedContact != null || sealedExactLocation != null;
    }

    /** Whether this victim may be counted in released figures and exports: unless their recorded consent refuses it. */
    public boolean releasable() {
        return consent == null || consent.allowsDeidentifiedReporting();
    }

    public Victim withConsent(Consent newConsent) {
        return new Victim(code, kind, count, sex, age, ageGroup, civilianStatus, sealedName, sealedContact,
                sealedExactLocation, newConsent, personCode);
    }
}
