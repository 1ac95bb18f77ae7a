package org.unmiss.personnel.importing.persistence;

import org.unmiss.kit.problem.ApiException;
import org.unmiss.problem.ProblemType;

/**
 * 503: this attempt lost its import before publishing (another process took the import over after
 * judging this one gone). Nothing of the attempt is visible; sending the file again is safe.
 */
public class ImportInterruptedException extends ApiException {

    ImportInterruptedException(String detail) {
        super(ProblemType.SERVICE_UNAVAILABLE, detail);
    }
}
