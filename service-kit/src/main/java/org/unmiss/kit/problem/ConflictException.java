package org.unmiss.kit.problem;

import org.unmiss.problem.ProblemType;

/** 409: the request is well-formed but contradicts the record's current state (e.g. an illegal transition). */
public class ConflictException extends ApiException {

    public ConflictException(String detail) {
        super(ProblemType.CONFLICT, detail);
    }
}
