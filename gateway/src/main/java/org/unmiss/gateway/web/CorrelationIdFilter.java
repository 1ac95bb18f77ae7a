package org.unmiss.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request its correlation id before anything else runs (so even a 401 carries it),
 * forwards it to the service, echoes it in the response and writes one access log line with it.
 */
@Component
class CorrelationIdFilter implements WebFilter, Ordered {

    private static final Logger ACCESS = LoggerFactory.getLogger("org.unmiss.gateway.access");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        RequestCorrelation correlation = RequestCorrelation.from(exchange.getRequest());
        ServerWebExchange correlated = exchange.mutate()
                .request(request -> request.header(RequestCorrelation.HEADER, correlation.id()))
                .build();
        correlated.getAttributes().put(RequestCorrelation.ATTRIBUTE, correlation);
        ServerHttpResponse response = correlated.getResponse();
        // At commit rather than now: the proxied response's headers are added to ours, and the
        // service echoes the id too; setting it last keeps exactly one value. Commit is also the
        // first moment the final status is known, error responses included.
        response.beforeCommit(() -> {
            response.getHeaders().set(RequestCorrelation.HEADER, correlation.id());
            logAccess(correlated, correlation, started);
            return Mono.empty();
        });
        // A client that hangs up before the answer cancels the exchange: nothing is committed, so
        // the line above never runs. That is the client's choice, not a failure: one INFO line.
        return chain.filter(correlated).doOnCancel(() -> {
            if (!response.isCommitted()) {
                logHangUp(correlated, correlation, started);
            }
        });
    }

    private static void logHangUp(ServerWebExchange exchange, RequestCorrelation correlation, long started) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        ACCESS.info("requestId={} {} {} status=- client closed the connection before the answer route={} {}ms",
                correlation.id(), exchange.getRequest().getMethod(), correlation.path(),
                route == null ? "-" : route.getId(), (System.nanoTime() - started) / 1_000_000);
    }

    private static void logAccess(ServerWebExchange exchange, RequestCorrelation correlation, long started) {
        if (!ACCESS.isInfoEnabled()) {
            return;
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        ACCESS.info("requestId={} {} {} status={} route={} {}ms", correlation.id(),
                exchange.getRequest().getMethod(), correlation.path(), exchange.getResponse().getStatusCode(),
                route == null ? "-" : route.getId(), (System.nanoTime() - started) / 1_000_000);
    }
}
