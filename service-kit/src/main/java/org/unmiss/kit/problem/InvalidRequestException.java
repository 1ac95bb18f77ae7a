package org.unmiss.kit.problem;

import org.unmiss.problem.ProblemType;

import java.util.List;

/** 400 for rules that span fields (e.g. category and sub-category disagree): names every field involved. */
public class InvalidRequestException extends ApiException {

    public InvalidRequestException(String detail, List<FieldError> errors) {
        super(ProblemType.VALIDATION_FAILED, detail, errors);
    }

    public InvalidRequestException(String field, String reason) {
        this(field + " " + reason, List.of(new FieldError(field, reason)));
    }
}
