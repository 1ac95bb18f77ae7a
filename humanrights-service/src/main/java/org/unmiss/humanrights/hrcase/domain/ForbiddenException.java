package org.unmiss.humanrights.hrcase.domain;

import org.unmiss.kit.problem.ApiException;
import org.unmiss.problem.ProblemType;

/** 403 with a reason the caller can act on (the kit's access-denied answer is deliberately generic). */
public class ForbiddenException extends ApiException {

    public ForbiddenException(String detail) {
        super(ProblemType.FORBIDDEN, detail);
    }
}
