package org.unmiss.kit.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.unmiss.kit.web.CorrelationId;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.unmiss.problem.ProblemType;

import java.io.IOException;

/**
 * Replaces Spring Boot's {@code /error} controller (its JSON is not problem+json and names
 * exceptions): whatever reaches the servlet container's error dispatch (an exception escaping a
 * filter, a {@code sendError}, a direct request for {@code /error}) answers a problem with the
 * original path, whatever the client accepts.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ProblemResponseWriter problems;

    public ProblemErrorController(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @RequestMapping
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The error dispatch runs after the correlation filter has left; the id it echoed is still on the response.
        String id = CorrelationId.adoptOrGenerate(response.getHeader(CorrelationId.HEADER));
        response.setHeader(CorrelationId.HEADER, id);
        MDC.put(CorrelationId.MDC_KEY, id);
        try {
            answer(request, response);
        } finally {
            MDC.remove(CorrelationId.MDC_KEY);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        if (code == null) {
            // Someone asked for /error itself: there is nothing here for them.
            problems.write(response, 404, ProblemType.NOT_FOUND, "There is nothing at " + path, path);
            return;
        }
        int status = code instanceof Integer i ? i : Integer.parseInt(code.toString());
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                problems.write(response, api.type().status().value(), api.type(), api.getMessage(), path);
                return;
            }
        }
        if (status >= 500) {
            log.error("Failure reached the container's error page for {}", path, failure);
        }
        problems.write(response, status, typeFor(status), describe(status), path);
    }

    /** A bare 400 from the container is a request it could not read, not a field that failed validation. */
    static ProblemType typeFor(int status) {
        return status == 400 ? ProblemType.MALFORMED_REQUEST : ProblemType.forStatus(status);
    }

    /** A client-facing sentence for a bare status; never the container's or an exception's message. */
    static String describe(int status) {
        return switch (status) {
            case 400 -> "The request cannot be read";
            case 404 -> "There is nothing at this address";
            case 405 -> "This method is not allowed here";
            case 406 -> "No representation the client accepts is available";
            case 413 -> "The request body is too large";
            case 414 -> "The request address is too long";
            case 415 -> "The request body's media type is not accepted here";
            case 431 -> "The request headers are too large";
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                yield status >= 500 ? "The request failed unexpectedly; quote the correlation id when reporting it"
                        : known == null ? "The request was refused" : known.getReasonPhrase();
            }
        };
    }
}
