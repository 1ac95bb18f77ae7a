package org.unmiss.humanrights.evidence.domain;

import org.unmiss.kit.problem.ApiException;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.problem.ProblemType;

import java.util.List;

/** An upload refused for what the file is: too large (413) or not an accepted type (415); nothing of it is kept. */
public final class EvidenceRefused extends ApiException {

    private EvidenceRefused(ProblemType type, String detail, String reason) {
        super(type, detail, List.of(new FieldError("file", reason)));
    }

    public static EvidenceRefused tooLarge(long limit) {
        return new EvidenceRefused(ProblemType.PAYLOAD_TOO_LARGE, "The file is larger than the " + limit
                + " bytes an attachment may have; nothing was stored", "larger than " + limit + " bytes");
    }

    public static EvidenceRefused unsupportedType(String reason) {
        return new EvidenceRefused(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The file's content is not an accepted type ("
                + reason + "); nothing was stored", reason);
    }
}
