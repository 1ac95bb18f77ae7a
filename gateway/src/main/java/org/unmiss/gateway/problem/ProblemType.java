package org.unmiss.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import java.net.URI;
import java.util.Locale;

/**
 * The problem types (RFC 9457 {@code type}) the gateway itself can answer with. Same URNs and
 * titles as the services' {@code org.unmiss.kit.problem.ProblemType}, so clients handle one
 * vocabulary whether the gateway or a service refused them; the kit itself cannot be used here
 * because it is built on the servlet stack.
 */
public enum ProblemType {
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "Request cannot be read"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Authentication required"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Not allowed"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Representation not available"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Request too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable");

    private final HttpStatus status;
    private final String title;

    ProblemType(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create("urn:unmiss:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The type for a status raised by the framework rather than by the gateway's own code. */
    public static ProblemType forStatus(HttpStatusCode status) {
        for (ProblemType type : values()) {
            if (type.status.value() == status.value()) {
                return type;
            }
        }
        return status.is5xxServerError() ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
