package org.unmiss.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
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

import java.util.concurrent.atomic.AtomicLong;

/**
 * Refuses request bodies over {@code unmiss.gateway.max-request-bytes} with 413: up front when
 * {@code Content-Length} says so, and while streaming for a chunked body (which declares no
 * length). The gateway buffers bodies for retries and fallbacks, so this also bounds its memory. Streamed uploads
 * ({@code unmiss.gateway.streamed-uploads}) have their own limit and are passed on unbuffered.
 */
@Component
class RequestSizeLimitFilter implements WebFilter, Ordered {

    private final GatewayProperties properties;

    RequestSizeLimitFilter(GatewayProperties properties) {
        this.properties = properties;
    }

    /** Before security: an oversized body is refused without being read, token or not. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        // streamed uploads (evidence files) have a limit of their own, and are not buffered (StreamedUploads)
        long limit = properties.isStreamedUpload(exchange.getRequest())
                ? properties.maxStreamedUploadBytes().toBytes() : properties.maxRequestBytes().toBytes();
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit) {
            return Mono.error(tooLarge(limit));
        }
        if (declared >= 0) {
            // The server reads exactly the declared length: nothing more to guard.
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new CountingRequest(exchange.getRequest(), limit)).build());
    }

    private static ProblemException tooLarge(long limit) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than the gateway accepts (" + limit + " bytes).");
    }

    private static final class CountingRequest extends ServerHttpRequestDecorator {

        private final long limit;

        CountingRequest(ServerHttpRequest delegate, long limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                    DataBufferUtils.release(buffer);
                    sink.error(tooLarge(limit));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
