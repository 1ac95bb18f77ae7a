package org.unmiss.humanrights.hrcase.domain;

/**
 * An alleged perpetrator: the party (from the reference list, as named on the incident date) and
 * what is known of them, sealed ({@code violations/<act>/perpetrators/<n>/description}): a
 * description can name or identify a person.
 */
public record Perpetrator(String partyCode, String sealedDescription) {
}
