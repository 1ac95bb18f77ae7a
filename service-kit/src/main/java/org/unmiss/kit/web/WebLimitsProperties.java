package org.unmiss.kit.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;

/**
 * Limits every service enforces on its own requests, whatever stands in front of it (the gateway
 * has the same limit, but a service must not rely on being reached only through it).
 *
 * @param maxRequestBody  the largest request body accepted; larger is a 413 problem (default 10MB)
 * @param streamedUploads path patterns (Spring's {@code PathPattern} syntax, e.g. {@code /api/v1/hr-cases/{reference}/evidence})
 *                        of handlers that stream a body to the store under a cap of their own, without holding it: the
 *                        general limit and the idempotency filter (which buffers a body to hash it) leave them to the
 *                        handler, which must refuse past its cap while streaming (none by default)
 */
@ConfigurationProperties("unmiss.web")
public record WebLimitsProperties(@DefaultValue("10MB") DataSize maxRequestBody, List<String> streamedUploads) {

    public WebLimitsProperties {
        streamedUploads = streamedUploads == null ? List.of() : List.copyOf(streamedUploads);
    }

    /** Whether a request goes to a handler that streams its body under its own cap ({@link #streamedUploads}). */
    public boolean isStreamedUpload(HttpServletRequest request) {
        if (streamedUploads.isEmpty()) {
            return false;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return streamedUploads.stream().anyMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(path));
    }
}
