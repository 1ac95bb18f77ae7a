package org.unmiss.gateway.web;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What identifies an incoming request in logs and problems: its correlation id and the path the
 * client asked for (kept because a circuit breaker fallback is reached under another path).
 * Same rules as the services' {@code org.unmiss.kit.web.CorrelationId}, so one id follows a call
 * from the gateway through every service it touches.
 */
public record RequestCorrelation(String id, String path) {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = RequestCorrelation.class.getName();

    /** A short token alphabet keeps log injection and header abuse out. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The caller's id when it is acceptable, a fresh one otherwise. */
    static RequestCorrelation from(ServerHttpRequest request) {
        String incoming = request.getHeaders().getFirst(HEADER);
        String id = incoming != null && ACCEPTABLE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        return new RequestCorrelation(id, request.getPath().value());
    }

    /** The correlation {@link CorrelationIdFilter} attached to this exchange. */
    public static RequestCorrelation of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.<RequestCorrelation>getAttribute(ATTRIBUTE))
                .orElseGet(() -> from(exchange.getRequest()));
    }
}
