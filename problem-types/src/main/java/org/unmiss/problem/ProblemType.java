package org.unmiss.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import java.net.URI;
import java.util.Locale;

/**
 * The platform's problem types (RFC 9457 {@code type}), one per kind of failure a client can act on. One list
 * for the services (through service-kit) and the gateway, so a client handles one vocabulary whether the
 * gateway or a service refused it. It lives in a module of its own because the kit is built on the servlet
 * stack and the gateway on the reactive one.
 */
public enum ProblemType {
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "Request is not valid"),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "Request cannot be read"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Authentication required"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Not allowed"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Representation not available"),
    REQUEST_TIMEOUT(HttpStatus.REQUEST_TIMEOUT, "Request not received in time"),
    CONFLICT(HttpStatus.CONFLICT, "Conflict with the current state"),
    DUPLICATE(HttpStatus.CONFLICT, "Already exists"),
    STALE_VERSION(HttpStatus.PRECONDITION_FAILED, "Version does not match"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Request too large"),
    URI_TOO_LONG(HttpStatus.URI_TOO_LONG, "Request target too long"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    UNPROCESSABLE(HttpStatus.UNPROCESSABLE_CONTENT, "Request cannot be processed"),
    PRECONDITION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED, "If-Match required"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    HEADERS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error"),
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

    /** {@code urn:unmiss:problem:<name in kebab case>}, e.g. {@code urn:unmiss:problem:stale-version}. */
    public URI uri() {
        return URI.create("urn:unmiss:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The type a bare status maps to, for problems raised by the framework rather than by our code. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status.value() == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }

    public static ProblemType forStatus(HttpStatusCode status) {
        return forStatus(status.value());
    }
}
