package org.unmiss.peace.ceasefire.domain;

/** Why an allegation ended without a violation report. */
public enum ClosureOutcome {
    /** The team was kept from the site; needs at least one recorded access denial. */
    ACCESS_DENIED,
    NOT_SUBSTANTIATED, INSUFFICIENT_EVIDENCE, WITHDRAWN_BY_SOURCE
}
