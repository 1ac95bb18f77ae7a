package org.unmiss.humanrights.hrcase.domain;

/** An alleged perpetrator: the party (from the reference list, as named on the incident date) and what is known of them. */
public record Perpetrator(String partyCode, String description) {
}
