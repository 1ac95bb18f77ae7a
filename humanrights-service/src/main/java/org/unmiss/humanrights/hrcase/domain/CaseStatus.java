package org.unmiss.humanrights.hrcase.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The verification workflow. Who may move a case is decided by {@link CaseWorkflow}; this holds
 * only which moves exist.
 */
public enum CaseStatus {
    RECEIVED,
    UNDER_INVESTIGATION,
    VERIFIED,
    NOT_VERIFIED,
    FOUND_NOT_TO_HAVE_OCCURRED,
    REPORTED,
    CLOSED;

    public Set<CaseStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(UNDER_INVESTIGATION);
            // New information can reopen an allegation that could not be verified.
            case NOT_VERIFIED -> EnumSet.of(UNDER_INVESTIGATION, CLOSED);
            case UNDER_INVESTIGATION -> EnumSet.of(VERIFIED, NOT_VERIFIED, FOUND_NOT_TO_HAVE_OCCURRED);
            case VERIFIED -> EnumSet.of(REPORTED, CLOSED);
            case FOUND_NOT_TO_HAVE_OCCURRED, REPORTED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /** Whether the case may still be corrected and added to: before any outcome of its investigation. */
    public boolean isOpen() {
        return this == RECEIVED || this == UNDER_INVESTIGATION;
    }

    /** Whether a reason may send the case back to investigation (new victim, new information). */
    public boolean isReopenable() {
        return this == REPORTED || this == CLOSED;
    }

    /** The outcomes of an investigation, which only a verifier who did not record the case may decide. */
    public boolean isVerificationOutcome() {
        return this == VERIFIED || this == NOT_VERIFIED || this == FOUND_NOT_TO_HAVE_OCCURRED;
    }
}
