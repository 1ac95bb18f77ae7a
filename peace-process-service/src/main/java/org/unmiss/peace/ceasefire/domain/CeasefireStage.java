package org.unmiss.peace.ceasefire.domain;

import java.util.Optional;

/**
 * The CTSAMVM process, in order: an allegation is looked into, a monitoring and verification team
 * investigates, its investigation report may establish a violation, and the violation report goes
 * to the Technical Committee and then the Board.
 */
public enum CeasefireStage {
    ALLEGATION, PRELIMINARY_INVESTIGATION, TEAM_INVESTIGATION, INVESTIGATION_REPORT, VIOLATION_REPORT,
    TECHNICAL_COMMITTEE, BOARD;

    public Optional<CeasefireStage> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** Investigators are (or may be) on the ground: the stages where access can be denied. */
    public boolean isInvestigating() {
        return this == PRELIMINARY_INVESTIGATION || this == TEAM_INVESTIGATION;
    }

    /** Before a violation report exists, an allegation can be closed without one. */
    public boolean canClose() {
        return ordinal() < VIOLATION_REPORT.ordinal();
    }
}
