package org.unmiss.personnel.importing.domain;

import org.unmiss.kit.problem.FieldError;

import java.util.List;

/**
 * What a published import did, kept with the import so that the same file sent again (a client's
 * retry after a lost answer or a crash) is answered with it instead of registering everyone twice.
 *
 * @param rejectedRows   rows not imported because of a problem, listed or not
 * @param unlistedErrors problems found beyond those in {@code errors} (the list is bounded)
 */
public record ImportOutcome(ImportMode mode, long rowsRead, long rejectedRows, List<Registered> people, List<FieldError> errors,
                            long unlistedErrors) {

    /** @param deploymentId the REQUESTED deployment created from the row, if it had deployment dates */
    public record Registered(long line, String indexNumber, String deploymentId) {
    }
}
