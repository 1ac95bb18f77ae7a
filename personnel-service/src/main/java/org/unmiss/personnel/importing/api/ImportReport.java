package org.unmiss.personnel.importing.api;

import org.unmiss.kit.problem.FieldError;
import org.unmiss.personnel.importing.domain.ImportMode;
import org.unmiss.personnel.importing.domain.ImportOutcome;

import java.util.List;

/**
 * What an import did: the people registered with their new index numbers (and requested deployment),
 * and, for VALID_ROWS_ONLY, the rejected rows' first problems ({@code field} is {@code line N: column}).
 * The same file sent again by the same caller is answered with the same report (same importId).
 *
 * @param importId       the attempt that published these people
 * @param rejectedRows   rows not imported because of a problem, listed or not
 * @param unlistedErrors problems found beyond those in {@code errors} (the list is bounded)
 */
public record ImportReport(String importId, ImportMode mode, long rowsRead, int imported, long rejectedRows,
                           List<ImportOutcome.Registered> people, List<FieldError> errors, long unlistedErrors) {

    static ImportReport of(String importId, ImportOutcome outcome) {
        return new ImportReport(importId, outcome.mode(), outcome.rowsRead(), outcome.people().size(), outcome.rejectedRows(),
                outcome.people(), outcome.errors(), outcome.unlistedErrors());
    }
}
