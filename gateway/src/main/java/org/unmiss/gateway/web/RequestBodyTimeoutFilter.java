package org.unmiss.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.unmiss.gateway.problem.ProblemException;
import org.unmiss.problem.ProblemType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * A request body that stops arriving (headers sent, then half a body, then nothing) is answered
 * 408 problem+json after {@code unmiss.gateway.request-body-timeout} without a byte, instead of
 * holding a connection and the buffer it fills for ever. The clock restarts with every chunk, so
 * a large upload on a slow but moving link is not cut short. Nothing half-received is forwarded:
 * the gateway buffers a body before routing it (ADR 3).
 */
@Component
class RequestBodyTimeoutFilter implements WebFilter, Ordered {

    private final Duration timeout;

    RequestBodyTimeoutFilter(GatewayProperties properties) {
        this.timeout = properties.requestBodyTimeout();
    }

    /** Right after the size limit, before security: a stalled body is refused token or not. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 25;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(exchange.mutate().request(new TimedRequest(exchange.getRequest())).build());
    }

    private ProblemException stalled() {
        return new ProblemException(ProblemType.REQUEST_TIMEOUT, "The request body stopped arriving: nothing for "
                + timeout.toMillis() + " ms. Nothing was forwarded; send the request again.");
    }

    private final class TimedRequest extends ServerHttpRequestDecorator {

        TimedRequest(ServerHttpRequest delegate) {
            super(delegate);
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return super.getBody().timeout(timeout)
                    .onErrorMap(TimeoutException.class, e -> stalled());
        }
    }
}
