package org.unmiss.humanrights.hrcase.domain;

import org.springframework.data.annotation.PersistenceCreator;

import java.time.Instant;

/**
 * How one act stands in verification, as the MRM counts violations one by one: its outcome, the standard of proof
 * it was reached on, who decided it and when, and whether that was late (after the end of the incident's quarter).
 * An act stored before acts had their own verification has none and follows its case.
 */
public record ActVerification(Outcome outcome, StandardOfProof standardOfProof, Instant decidedAt, String decidedBy,
                              boolean late) {

    public static final ActVerification PENDING = new ActVerification(Outcome.PENDING, null, null, null, false);

    /** From the store: a read that leaves {@code late} out (the figures read the outcome only) reads it as false. */
    @PersistenceCreator
    static ActVerification stored(Outcome outcome, StandardOfProof standardOfProof, Instant decidedAt, String decidedBy,
                                  Boolean late) {
        return new ActVerification(outcome, standardOfProof, decidedAt, decidedBy, Boolean.TRUE.equals(late));
    }

    public enum Outcome {
        PENDING,
        VERIFIED,
        NOT_VERIFIED,
        FOUND_NOT_TO_HAVE_OCCURRED;

        /** The act outcome a case outcome gives the acts not decided on their own. */
        public static Outcome of(CaseStatus caseOutcome) {
            return switch (caseOutcome) {
                case VERIFIED -> VERIFIED;
                case NOT_VERIFIED -> NOT_VERIFIED;
                case FOUND_NOT_TO_HAVE_OCCURRED -> FOUND_NOT_TO_HAVE_OCCURRED;
                default -> throw new IllegalArgumentException(caseOutcome + " is no verification outcome");
            };
        }
    }

    public boolean isPending() {
        return outcome == Outcome.PENDING;
    }
}
