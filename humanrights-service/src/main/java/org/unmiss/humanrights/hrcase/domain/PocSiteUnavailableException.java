package org.unmiss.humanrights.hrcase.domain;

import org.unmiss.kit.problem.ApiException;
import org.unmiss.problem.ProblemType;

/** 503: poc-site-service gave no answer where one is needed before anything is recorded (the referrer retries). */
public class PocSiteUnavailableException extends ApiException {

    public PocSiteUnavailableException(String detail) {
        super(ProblemType.SERVICE_UNAVAILABLE, detail);
    }
}
