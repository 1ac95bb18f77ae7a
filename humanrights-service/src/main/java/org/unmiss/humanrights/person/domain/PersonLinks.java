package org.unmiss.humanrights.person.domain;

import org.unmiss.humanrights.hrcase.domain.HrCase;

/** Where a person appears in the cases. */
public final class PersonLinks {

    private PersonLinks() {
    }

    /** One victim or source record of a case that is this person. */
    public record Appearance(String caseReference, String memberCode, HrCase.PersonLink role, String violationCode) {
    }
}
