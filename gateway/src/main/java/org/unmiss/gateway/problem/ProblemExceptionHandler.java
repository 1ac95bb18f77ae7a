package org.unmiss.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.unmiss.gateway.security.SigningKeysUnavailableException;
import org.unmiss.gateway.web.RequestCorrelation;
import org.unmiss.problem.ProblemType;
import reactor.core.publisher.Mono;

/**
 * The last stop for every exception on the way out: turns it into problem+json. Replaces Boot's
 * default handler (which renders whitelabel HTML for browsers and may include messages), and runs
 * ahead of it. Stack traces go to the log, never to the client.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter problems;

    ProblemExceptionHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            // Too late for a problem body (a proxied response was already streaming): let the
            // server abort the connection so the client sees a truncated response, not a bogus one.
            return Mono.error(error);
        }
        String requestId = RequestCorrelation.of(exchange).id();
        if (error instanceof ProblemException problem) {
            return problems.write(exchange, problem.type(), problem.getMessage());
        }
        if (causedBy(error, SigningKeysUnavailableException.class)) {
            log.warn("requestId={} token not checked: {}", requestId, error.getMessage());
            return problems.write(exchange, ProblemType.SERVICE_UNAVAILABLE,
                    "The mission's identity server cannot be reached to check the access token.");
        }
        if (error instanceof ResponseStatusException status) {
            ProblemType type = ProblemType.forStatus(status.getStatusCode());
            if (type.status().is5xxServerError()) {
                log.error("requestId={} failed with {}", requestId, status.getStatusCode(), error);
            }
            return problems.write(exchange, status.getStatusCode(), type, detailFor(type, exchange));
        }
        log.error("requestId={} failed unexpectedly", requestId, error);
        return problems.write(exchange, ProblemType.INTERNAL_ERROR,
                "The gateway failed to handle this request; quote the correlation id when reporting it.");
    }

    /** Details of our own wording: the framework's reason phrases are not meant for API clients. */
    private static String detailFor(ProblemType type, ServerWebExchange exchange) {
        return switch (type) {
            case NOT_FOUND -> "No API resource is served at " + RequestCorrelation.of(exchange).path() + ".";
            case METHOD_NOT_ALLOWED -> "This resource does not support " + exchange.getRequest().getMethod() + ".";
            case INTERNAL_ERROR, SERVICE_UNAVAILABLE ->
                    "The gateway failed to handle this request; quote the correlation id when reporting it.";
            default -> type.title() + ".";
        };
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
