package org.unmiss.personnel.importing.api;

import org.unmiss.kit.problem.FieldError;
import org.unmiss.personnel.importing.domain.ImportMode;

import java.util.List;

/**
 * What an import did: the people registered with their new index numbers (and requested deployment),
 * and, for VALID_ROWS_ONLY, the rejected rows' first problems ({@code field} is {@code line N: column}).
 *
 * @param rejectedRows   rows not imported because of a problem, listed or not
 * @param unlistedErrors problems found beyond those in {@code errors} (the list is bounded)
 */
public record ImportReport(ImportMode mode, long rowsRead, int imported, long rejectedRows, List<Registered> people,
                           List<FieldError> errors, long unlistedErrors) {

    /** @param deploymentId the REQUESTED deployment created from the row, if it had deployment dates */
    public record Registered(long line, String indexNumber, String deploymentId) {
    }
}
