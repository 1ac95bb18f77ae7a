package org.unmiss.gateway.problem;

import org.unmiss.problem.ProblemType;

/** A refusal the gateway decided on itself, rendered by {@link ProblemExceptionHandler} as given. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;

    public ProblemException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }
}
