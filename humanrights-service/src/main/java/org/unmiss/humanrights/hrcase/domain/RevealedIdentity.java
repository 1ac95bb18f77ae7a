package org.unmiss.humanrights.hrcase.domain;

/** An identity opened for a caller holding HR_SENSITIVE; every opening is audited. */
public record RevealedIdentity(String name, String contact, String exactLocation) {
}
