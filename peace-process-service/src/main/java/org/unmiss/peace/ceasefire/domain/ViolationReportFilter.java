package org.unmiss.peace.ceasefire.domain;

import org.unmiss.peace.location.domain.SouthSudanState;
import org.unmiss.vocabulary.Parties;

import java.time.LocalDate;

/**
 * List filters; null means "any". {@code open}: still in process (not closed, not at the Board). {@code party} may be
 * an alias (SPLA-IO): it filters by the party it names.
 */
public record ViolationReportFilter(CeasefireStage stage, ViolationType type, String party, AllegationSource source,
                                    String fieldOffice, SouthSudanState state, Boolean open, LocalDate from, LocalDate to) {

    public ViolationReportFilter {
        party = party == null ? null : Parties.canonical(party);
    }
}
