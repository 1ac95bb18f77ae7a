package org.unmiss.kit.problem;

import org.unmiss.problem.ProblemType;

import java.util.List;

/**
 * Base of the exceptions services throw for outcomes a client must hear about; the kit's
 * handler turns each into problem+json of its {@link ProblemType}.
 */
public abstract class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    protected ApiException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    protected ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
