package org.unmiss.humanrights.hrcase.domain;

import java.time.Instant;

/** One step of the workflow: who moved the case, when, on what standard of proof, and why. */
public record StatusChange(CaseStatus from, CaseStatus to, Instant at, String by, StandardOfProof standardOfProof,
                           String note) {
}
