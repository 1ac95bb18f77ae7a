package org.unmiss.humanrights.hrcase.domain;

import java.time.Instant;

/**
 * One step of the workflow: who moved the case, when, on what standard of proof, and why; the note
 * is free text and stored sealed ({@code history/<n>/note}).
 */
public record StatusChange(CaseStatus from, CaseStatus to, Instant at, String by, StandardOfProof standardOfProof,
                           String sealedNote) {
}
