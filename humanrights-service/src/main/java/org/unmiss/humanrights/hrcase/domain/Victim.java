package org.unmiss.humanrights.hrcase.domain;

/**
 * A victim of one act: an individual (count 1, identity sealed) or a group counted by sex and age
 * group without identities. {@code code} is the pseudonym everyone without HR_SENSITIVE sees; the
 * sealed fields open only with the case's reference and the field's path.
 */
public record Victim(String code, VictimKind kind, int count, Sex sex, Integer age, AgeGroup ageGroup,
                     CivilianStatus civilianStatus, String sealedName, String sealedContact, String sealedExactLocation,
                     Consent consent) {

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
                sealedExactLocation, newConsent);
    }
}
