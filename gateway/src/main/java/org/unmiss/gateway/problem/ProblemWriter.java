package org.unmiss.gateway.problem;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.unmiss.gateway.web.GatewayProperties;
import org.unmiss.gateway.web.RequestCorrelation;
import org.unmiss.problem.ProblemType;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every error the gateway itself produces as RFC 9457 {@code application/problem+json},
 * whatever the client's {@code Accept} says: API clients and generated SDKs parse one shape, and a
 * browser never gets an HTML error page from the API.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;
    private final String retryAfterSeconds;

    ProblemWriter(JsonMapper json, GatewayProperties properties) {
        this.json = json;
        this.retryAfterSeconds = Long.toString(properties.retryAfter().toSeconds());
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail) {
        return write(exchange, type.status(), type, detail);
    }

    /** For a status the framework chose that has no type of its own ({@link ProblemType#forStatus}). */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, ProblemType type, String detail) {
        RequestCorrelation correlation = RequestCorrelation.of(exchange);
        Problem problem = new Problem(type.uri().toString(), type.title(), status.value(), detail,
                correlation.path(), correlation.id());
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            // Every 503 the gateway gives is temporary by construction (a service or Keycloak is
            // down, or a circuit is open), so it tells clients when trying again makes sense.
            headers.set(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
        return response.writeWith(Mono.just(body));
    }

    /** The problem document; {@code correlationId} is the platform's extension member. */
    record Problem(String type, String title, int status, String detail, String instance, String correlationId) {
    }
}
