package org.unmiss.kit.problem;

import org.unmiss.problem.ProblemType;

/** 413: the request body is over the service's limit; unchecked, so it passes through any body reader. */
public class PayloadTooLargeException extends ApiException {

    public PayloadTooLargeException(long limit) {
        super(ProblemType.PAYLOAD_TOO_LARGE, detail(limit));
    }

    public static String detail(long limit) {
        return "The request body is larger than the " + limit + " bytes this service accepts";
    }
}
