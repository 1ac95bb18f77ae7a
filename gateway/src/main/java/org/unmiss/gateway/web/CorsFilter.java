package org.unmiss.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.unmiss.gateway.problem.ProblemWriter;
import org.unmiss.problem.ProblemType;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;

/**
 * CORS for the intranet front end, answered before authentication so preflights need no token and
 * even a 401 or 413 can be read by the page. Spring's {@code CorsWebFilter} answers a refused
 * origin with an empty 403; this one gives the platform's problem body.
 */
@Component
class CorsFilter implements WebFilter, Ordered {

    private final CorsConfiguration configuration = new CorsConfiguration();
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor();
    private final ProblemWriter problems;

    CorsFilter(GatewayProperties properties, ProblemWriter problems) {
        this.problems = problems;
        configuration.setAllowedOrigins(properties.cors().allowedOrigins());
        configuration.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.POST.name(), HttpMethod.PUT.name(),
                HttpMethod.PATCH.name(), HttpMethod.DELETE.name(), HttpMethod.OPTIONS.name()));
        configuration.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
                HttpHeaders.IF_MATCH, "Idempotency-Key", RequestCorrelation.HEADER));
        configuration.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, RequestCorrelation.HEADER,
                HttpHeaders.RETRY_AFTER));
        // Tokens travel in the Authorization header, never in cookies: no credentials mode needed.
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(Duration.ofHours(1));
    }

    /** After the correlation id (refusals carry it), before the size limit and security. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!processor.process(configuration, exchange)) {
            return problems.write(exchange, ProblemType.FORBIDDEN, "Cross-origin requests from this origin are not allowed.");
        }
        return CorsUtils.isPreFlightRequest(exchange.getRequest()) ? Mono.empty() : chain.filter(exchange);
    }
}
