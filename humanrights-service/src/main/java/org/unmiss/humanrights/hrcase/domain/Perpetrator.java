package org.unmiss.humanrights.hrcase.domain;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * An alleged perpetrator: the party (from the reference list, as named on the incident date), the unit where known
 * (a label, kept readable so figures can be grouped by it: ADR 0100), what is known of them, sealed
 * ({@code violations/<act>/perpetrators/<n>/description}: a description can name or identify a person), and, where
 * known, the individual (name, rank, position), sealed like a victim's identity. A perpetrator recorded before units
 * and individuals existed has neither.
 */
public record Perpetrator(String partyCode, String sealedDescription, String unit, AllegedIndividual individual) {

    @PersistenceCreator
    public Perpetrator {
        // from the store as written; unit and individual are null for perpetrators recorded before they existed
    }

    /** A party and a description only. */
    public Perpetrator(String partyCode, String sealedDescription) {
        this(partyCode, sealedDescription, null, null);
    }

    /** The person alleged, each part sealed under {@code violations/<act>/perpetrators/<n>/individual/<part>}. */
    public record AllegedIndividual(String sealedName, String sealedRank, String sealedPosition) {
    }
}
