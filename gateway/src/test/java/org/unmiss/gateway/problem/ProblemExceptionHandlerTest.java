package org.unmiss.gateway.problem;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.unmiss.gateway.security.SigningKeysUnavailableException;
import org.unmiss.gateway.web.GatewayProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures the integration tests cannot provoke on purpose: an unexpected exception inside the
 * gateway, and tokens arriving while no signing keys can be had.
 */
class ProblemExceptionHandlerTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ProblemExceptionHandler handler = new ProblemExceptionHandler(new ProblemWriter(json,
            new GatewayProperties(DataSize.ofMegabytes(10), Duration.ofSeconds(10), new GatewayProperties.Cors(List.of()),
                    Duration.ofSeconds(10), List.of(), DataSize.ofMegabytes(10))));

    @Test
    void anUnexpectedFailureIs500ProblemWithoutInternals() {
        MockServerWebExchange exchange = exchangeFor("/api/v1/units");
        handler.handle(exchange, new IllegalStateException("connection pool secret-db-host:27017 exhausted")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        String body = exchange.getResponse().getBodyAsString().block();
        assertThat(body).doesNotContain("secret-db-host", "IllegalStateException", "at org.");
        JsonNode problem = json.readTree(body);
        assertThat(problem.get("type").asString()).isEqualTo("urn:unmiss:problem:internal-error");
        assertThat(problem.get("status").asInt()).isEqualTo(500);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/units");
        assertThat(problem.get("correlationId").asString()).isEqualTo("trace-1");
    }

    @Test
    void tokensThatCannotBeCheckedForWantOfKeysGive503WithRetryAfter() {
        MockServerWebExchange exchange = exchangeFor("/api/v1/hr-cases");
        // How the decoder reports a failed key fetch: wrapped by Spring Security.
        Throwable failure = new IllegalStateException("Could not obtain the keys",
                new SigningKeysUnavailableException("The realm's signing keys cannot be fetched", null));
        handler.handle(exchange, failure).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("urn:unmiss:problem:service-unavailable");
    }

    private static MockServerWebExchange exchangeFor(String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.get(path).header("X-Request-Id", "trace-1"));
    }
}
