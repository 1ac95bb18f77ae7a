package org.unmiss.humanrights.party.domain;

import java.util.List;

/** The reference list of parties as the case rules read it; persistence implements it (ADR 0021). */
public interface PerpetratorParties {

    List<PerpetratorParty> all();
}
