package org.unmiss.kit.problem;

import org.unmiss.problem.ProblemType;

/** 404: the named record does not exist, or is outside what the caller may see. */
public class NotFoundException extends ApiException {

    public NotFoundException(String resource, Object id) {
        super(ProblemType.NOT_FOUND, resource + " " + id + " does not exist");
    }
}
