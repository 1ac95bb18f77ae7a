package org.unmiss.peace.ceasefire.domain;

import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.LocalDate;

/** List filters; null means "any". {@code open}: still in process (not closed, not at the Board). */
public record ViolationReportFilter(CeasefireStage stage, ViolationType type, String party, AllegationSource source,
                                    String fieldOffice, SouthSudanState state, Boolean open, LocalDate from, LocalDate to) {
}
