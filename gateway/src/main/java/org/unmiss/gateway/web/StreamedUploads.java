package org.unmiss.gateway.web;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Streamed uploads (evidence files of up to 50 MB, {@code unmiss.gateway.streamed-uploads}) go through without
 * being buffered. Every route's retry and fallback make Spring Cloud Gateway cache request bodies whole (its
 * {@code AdaptCachedBodyGlobalFilter}); that filter passes on, uncached, a request it finds under
 * {@link ServerWebExchangeUtils#CACHED_SERVER_HTTP_REQUEST_DECORATOR_ATTR}, so this filter, just before it, puts the
 * request itself there. Nothing is lost by it: a POST is never retried, and the fallback answers 503 without the body.
 */
@Component
class StreamedUploads implements GlobalFilter, Ordered {

    /** The body-caching filter's order is {@code HIGHEST_PRECEDENCE + 1000}. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 999;

    private final GatewayProperties properties;

    StreamedUploads(GatewayProperties properties) {
        this.properties = properties;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (properties.isStreamedUpload(exchange.getRequest())) {
            exchange.getAttributes().put(ServerWebExchangeUtils.CACHED_SERVER_HTTP_REQUEST_DECORATOR_ATTR, exchange.getRequest());
        }
        return chain.filter(exchange);
    }
}
