package org.unmiss.humanrights.hrcase.domain;

/** A victim's sex as recorded; UNKNOWN when not established. */
public enum Sex {
    FEMALE,
    MALE,
    UNKNOWN
}
