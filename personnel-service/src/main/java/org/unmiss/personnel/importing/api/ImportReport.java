package org.unmiss.personnel.importing.api;

import org.unmiss.kit.problem.FieldError;
import org.unmiss.personnel.importing.domain.ImportMode;

import java.util.List;

/**
 * What an import did: the people registered with their new index numbers (and requested deployment),
 * and, for VALID_ROWS_ONLY, every rejected row's problems ({@code field} is {@code line N: column}).
 */
public record ImportReport(ImportMode mode, long rowsRead, int imported, int rejectedRows, List<Registered> people,
                           List<FieldError> errors) {

    /** @param deploymentId the REQUESTED deployment created from the row, if it had deployment dates */
    public record Registered(long line, String indexNumber, String deploymentId) {
    }
}
