package org.unmiss.gateway.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.unmiss.gateway.problem.ProblemWriter;
import org.unmiss.problem.ProblemType;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Rate limits per caller, after authentication: one token bucket per token subject, so a user and
 * a reporting tool's service account each have their own allowance and one runaway script cannot
 * starve the mission's other users. Over the limit: 429 problem+json with {@code Retry-After}.
 *
 * <p>Buckets live in this gateway's memory, or in Redis when several gateway replicas must enforce
 * one limit together ({@link CallerBuckets}; {@code GATEWAY_REDIS_URL}, ADR 0029).
 * Unauthenticated requests are not counted here: they are refused or are health and API documents.
 */
@Component
class CallerRateLimitFilter implements WebFilter, Ordered {

    private static final String ANONYMOUS = "";

    private final CallerBuckets buckets;
    private final RateLimitProperties limits;
    private final ProblemWriter problems;

    CallerRateLimitFilter(CallerBuckets buckets, RateLimitProperties limits, ProblemWriter problems) {
        this.buckets = buckets;
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        // After Spring Security's filter chain (order -100), whose authentication it reads.
        return 0;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        // Resolve the caller first: chain.filter completes empty, so it must run exactly once, last.
        return ReactiveSecurityContextHolder.getContext()
                .map(CallerRateLimitFilter::caller)
                .defaultIfEmpty(ANONYMOUS)
                .flatMap(caller -> ANONYMOUS.equals(caller) ? chain.filter(exchange) : limit(caller, exchange, chain));
    }

    private Mono<Void> limit(String caller, ServerWebExchange exchange, WebFilterChain chain) {
        return buckets.tryConsume(caller).flatMap(probe -> answer(probe, exchange, chain));
    }

    private Mono<Void> answer(ConsumptionProbe probe, ServerWebExchange exchange, WebFilterChain chain) {
        if (probe.isConsumed()) {
            return chain.filter(exchange);
        }
        long waitSeconds = Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1;
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(waitSeconds));
        return problems.write(exchange, ProblemType.TOO_MANY_REQUESTS, "More than " + limits.requestsPerMinute()
                + " requests a minute from this caller; retry after " + waitSeconds + " s");
    }

    /**
     * The token's subject: one per user and one per client's service account. Keycloak omits
     * {@code sub} from clients without its "basic" scope; such callers are told apart by client and
     * user name instead.
     */
    private static String caller(SecurityContext context) {
        if (!(context.getAuthentication() instanceof JwtAuthenticationToken authentication)) {
            return ANONYMOUS;
        }
        Jwt token = authentication.getToken();
        return token.getSubject() != null ? token.getSubject()
                : "client:" + token.getClaimAsString("azp") + "/user:" + token.getClaimAsString("preferred_username");
    }
}
