package org.unmiss.gateway.problem;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import org.unmiss.problem.ProblemType;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

/**
 * A request Netty cannot decode (request line over its limit: 414; headers over
 * {@code server.max-http-request-header-size}: 431; anything else malformed: 400) never reaches
 * Spring, and Reactor Netty answers it with an empty body. This handler sits right behind Netty's
 * HTTP codec and answers those requests itself in the platform's problem+json, then closes the
 * connection (the rest of such a request cannot be trusted).
 */
@Component
class DecodingFailureProblems implements NettyServerCustomizer {

    private static final Logger log = LoggerFactory.getLogger(DecodingFailureProblems.class);
    private static final String HANDLER_NAME = "unmiss.decodingFailureProblems";

    private final JsonMapper json;

    DecodingFailureProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null && channel.pipeline().get(HANDLER_NAME) == null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER_NAME, new Handler());
            }
        });
    }

    private byte[] problem(ProblemType type, String detail, String requestId) {
        return json.writeValueAsBytes(new ProblemWriter.Problem(type.uri().toString(), type.title(), type.status().value(),
                detail, null, requestId));
    }

    /** One per connection: once a request failed to decode, the rest of what arrives is dropped. */
    private final class Handler extends ChannelDuplexHandler {

        private boolean refused;

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (refused) {
                ReferenceCountUtil.release(message);
                return;
            }
            if (message instanceof HttpRequest request && request.decoderResult().isFailure()) {
                refused = true;
                Throwable cause = request.decoderResult().cause();
                ReferenceCountUtil.release(message);
                refuse(context, cause);
                return;
            }
            if (message instanceof HttpObject object && object.decoderResult().isFailure()) {
                // A failure inside a body (e.g. broken chunk framing) is Reactor Netty's to handle.
                context.fireChannelRead(message);
                return;
            }
            context.fireChannelRead(message);
        }

        private void refuse(ChannelHandlerContext context, Throwable cause) {
            ProblemType type;
            String detail;
            if (cause instanceof TooLongHttpLineException) {
                type = ProblemType.URI_TOO_LONG;
                detail = "The request line is longer than the gateway accepts; send long filters in a request body.";
            } else if (cause instanceof TooLongHttpHeaderException || cause instanceof TooLongFrameException) {
                type = ProblemType.HEADERS_TOO_LARGE;
                detail = "The request headers are larger than the gateway accepts.";
            } else {
                type = ProblemType.MALFORMED_REQUEST;
                detail = "The request is not valid HTTP.";
            }
            String requestId = UUID.randomUUID().toString();
            log.info("requestId={} refused before routing: {} ({})", requestId, type.status().value(),
                    cause == null ? "unknown" : cause.getClass().getSimpleName());
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.valueOf(type.status().value()), Unpooled.wrappedBuffer(problem(type, detail, requestId)));
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                    .set("X-Request-Id", requestId);
            context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
