package org.unmiss.humanrights.release.domain;

import org.unmiss.kit.problem.ApiException;
import org.unmiss.problem.ProblemType;

/**
 * 404 for a partner or reporting tool asking for figures of a quarter nobody has released: released figures of that
 * quarter do not exist (yet), and the answer says so instead of giving live figures (ADR 0098).
 */
public class UnreleasedPeriodException extends ApiException {

    public UnreleasedPeriodException(Quarter quarter) {
        super(ProblemType.NOT_FOUND, "The figures of " + quarter + " are not released; partners and reporting tools receive"
                + " released quarters only (GET /api/v1/hr-reports/releases lists them)");
    }
}
