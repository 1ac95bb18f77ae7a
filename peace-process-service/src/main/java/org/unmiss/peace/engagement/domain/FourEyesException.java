package org.unmiss.peace.engagement.domain;

import org.unmiss.kit.problem.ApiException;
import org.unmiss.problem.ProblemType;

/** 403: the author of a report may not approve or reject it; a second officer must. */
public class FourEyesException extends ApiException {

    public FourEyesException(String id) {
        super(ProblemType.FORBIDDEN, "Engagement " + id + " was written by you; another officer with PEACE_APPROVE must decide on it");
    }
}
