package org.unmiss.kit.problem;

import org.springframework.http.ProblemDetail;
import org.unmiss.kit.web.CorrelationId;
import org.unmiss.problem.ProblemType;

import java.net.URI;
import java.util.List;

/** Builds the platform's problem documents, so every path (MVC, security filters) produces the same shape. */
public final class Problems {

    public static final String CORRELATION_ID = "correlationId";
    public static final String ERRORS = "errors";

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail, String path, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        setInstance(problem, path);
        if (!errors.isEmpty()) {
            problem.setProperty(ERRORS, errors);
        }
        return decorate(problem, path);
    }

    private static void setInstance(ProblemDetail problem, String path) {
        if (path == null) {
            return;
        }
        try {
            problem.setInstance(URI.create(path));
        } catch (IllegalArgumentException notAUri) {
            // a request the container refused for its malformed target: the problem goes without instance
        }
    }

    /** Gives a framework-made problem our type, title, instance and correlation id. */
    public static ProblemDetail decorate(ProblemDetail problem, String path) {
        ProblemType type = ProblemType.forStatus(problem.getStatus());
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(type.uri());
            problem.setTitle(type.title());
        }
        if (problem.getInstance() == null) {
            setInstance(problem, path);
        }
        CorrelationId.current().ifPresent(id -> problem.setProperty(CORRELATION_ID, id));
        return problem;
    }
}
