package org.unmiss.gateway.routing;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.TimeoutException;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.unmiss.gateway.problem.ProblemException;
import org.unmiss.gateway.problem.ProblemWriter;
import org.unmiss.gateway.web.RequestCorrelation;
import org.unmiss.problem.ProblemType;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker sends a call its service could not answer (refused, timed out,
 * or the circuit is open): 503 problem+json with {@code Retry-After}, whatever the method. One
 * fallback for every route (the gateway's default filters); the route's {@code service} metadata
 * names the service in the answer. A refusal of the gateway's own raised during the call (a streamed upload over
 * its size limit) is answered as that refusal instead.
 */
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private final ProblemWriter problems;

    FallbackController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback")
    Mono<Void> serviceUnavailable(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            // Called directly rather than forwarded by a route: there is nothing here.
            return problems.write(exchange, ProblemType.NOT_FOUND,
                    "No API resource is served at " + RequestCorrelation.of(exchange).path() + ".");
        }
        String service = String.valueOf(route.getMetadata().getOrDefault("service", route.getId()));
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ProblemException refusal) {
                // The gateway refused the call itself while passing it on (a streamed upload over its limit is
                // counted only as its body flows): the client gets that refusal as everywhere else (the 413 of
                // RequestSizeLimitFilter, via ProblemExceptionHandler), not a 503 blaming the service.
                return Mono.error(refusal);
            }
        }
        log.warn("requestId={} route={} unavailable: {}", RequestCorrelation.of(exchange).id(), route.getId(),
                failure == null ? "unknown" : failure.toString());
        return problems.write(exchange, ProblemType.SERVICE_UNAVAILABLE,
                detail(service, failure, exchange.getRequest().getMethod()));
    }

    private static String detail(String service, Throwable failure, HttpMethod method) {
        if (failure instanceof CallNotPermittedException) {
            return "The " + service + " service has been failing; the gateway pauses calls to it briefly to let it recover.";
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                // The call reached the service, which may still finish it: the client must not
                // conclude that nothing happened (README, "Retrying after a 503").
                return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)
                        ? "The " + service + " service did not answer in time."
                        : "The " + service + " service did not answer in time; the change may still have been applied: "
                        + "retry with the same Idempotency-Key or If-Match, or read the record again first.";
            }
        }
        return "The " + service + " service cannot be reached.";
    }
}
