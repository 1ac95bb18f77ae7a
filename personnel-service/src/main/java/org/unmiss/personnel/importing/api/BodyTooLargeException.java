package org.unmiss.personnel.importing.api;

import org.unmiss.kit.problem.ApiException;
import org.unmiss.problem.ProblemType;

/** 413: an import body past the importer's own limit (the service does not rely on the gateway's alone). */
class BodyTooLargeException extends ApiException {

    BodyTooLargeException(String detail) {
        super(ProblemType.PAYLOAD_TOO_LARGE, detail);
    }
}
