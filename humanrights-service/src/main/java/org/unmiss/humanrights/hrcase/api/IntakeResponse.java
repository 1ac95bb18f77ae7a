package org.unmiss.humanrights.hrcase.api;

/** The case a referral opened (or had already opened). */
public record IntakeResponse(String caseReference) {
}
