package org.unmiss.kit.problem;

import org.unmiss.problem.ProblemType;

/** 412: the client's {@code If-Match} does not name the record's current version. */
public class StaleVersionException extends ApiException {

    public StaleVersionException(String detail) {
        super(ProblemType.STALE_VERSION, detail);
    }
}
