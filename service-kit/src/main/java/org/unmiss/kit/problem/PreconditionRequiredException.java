package org.unmiss.kit.problem;

import org.unmiss.problem.ProblemType;

/** 428: an update came without {@code If-Match}; blind overwrites are not accepted. */
public class PreconditionRequiredException extends ApiException {

    public PreconditionRequiredException() {
        super(ProblemType.PRECONDITION_REQUIRED,
                "Send the record's ETag in If-Match, so an update cannot overwrite a change you have not seen");
    }
}
