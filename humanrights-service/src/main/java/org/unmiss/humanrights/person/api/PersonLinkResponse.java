package org.unmiss.humanrights.person.api;

import org.unmiss.humanrights.hrcase.domain.HrCase;

/** A victim or source of a case linked to a person; the case's new version is the ETag. */
public record PersonLinkResponse(String caseReference, String memberCode, HrCase.PersonLink role, String personCode) {
}
