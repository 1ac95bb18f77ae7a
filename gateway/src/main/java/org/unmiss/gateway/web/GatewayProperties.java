package org.unmiss.gateway.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPatternParser;

import java.time.Duration;
import java.util.List;

/**
 * The gateway's own settings (defaults in {@code application.yml}).
 *
 * @param maxRequestBytes largest request body accepted; the services' bulk CSV imports need a few MB
 * @param retryAfter      what a 503 tells clients to wait before trying again
 * @param cors            which browser origins may call the API
 * @param requestBodyTimeout longest pause while a request body arrives before it is refused with 408
 * @param streamedUploads  POST paths (Spring path patterns) whose bodies are files streamed through to the service
 *                         (human rights evidence): they may be up to {@code maxStreamedUploadBytes} and are never
 *                         buffered here (ADR 0096)
 * @param maxStreamedUploadBytes largest body of a streamed upload
 */
@ConfigurationProperties("unmiss.gateway")
public record GatewayProperties(DataSize maxRequestBytes, Duration retryAfter, Cors cors, Duration requestBodyTimeout,
                                List<String> streamedUploads, DataSize maxStreamedUploadBytes) {

    public GatewayProperties {
        streamedUploads = streamedUploads == null ? List.of() : List.copyOf(streamedUploads);
        maxStreamedUploadBytes = maxStreamedUploadBytes == null ? maxRequestBytes : maxStreamedUploadBytes;
    }

    /** Whether the request is a POST to a streamed-upload path. */
    public boolean isStreamedUpload(ServerHttpRequest request) {
        return "POST".equals(request.getMethod().name()) && streamedUploads.stream().anyMatch(pattern ->
                PathPatternParser.defaultInstance.parse(pattern)
                        .matches(request.getPath().pathWithinApplication()));
    }

    /** @param allowedOrigins the intranet front end's origins, exactly as browsers send them */
    public record Cors(List<String> allowedOrigins) {
    }
}
