package org.unmiss.humanrights.hrcase.domain;

/** An individual victim, or a group counted without identities. */
public enum VictimKind {
    INDIVIDUAL,
    GROUP
}
