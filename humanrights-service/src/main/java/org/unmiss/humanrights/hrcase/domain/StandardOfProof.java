package org.unmiss.humanrights.hrcase.domain;

/** The standard of proof a verification outcome was reached on. */
public enum StandardOfProof {
    REASONABLE_GROUNDS,
    BALANCE_OF_PROBABILITIES,
    CLEAR_AND_CONVINCING,
    BEYOND_REASONABLE_DOUBT
}
