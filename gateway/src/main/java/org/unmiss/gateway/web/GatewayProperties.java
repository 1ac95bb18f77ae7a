package org.unmiss.gateway.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/**
 * The gateway's own settings (defaults in {@code application.yml}).
 *
 * @param maxRequestBytes largest request body accepted; the services' bulk CSV imports need a few MB
 * @param retryAfter      what a 503 tells clients to wait before trying again
 * @param cors            which browser origins may call the API
 * @param requestBodyTimeout longest pause while a request body arrives before it is refused with 408
 */
@ConfigurationProperties("unmiss.gateway")
public record GatewayProperties(DataSize maxRequestBytes, Duration retryAfter, Cors cors, Duration requestBodyTimeout) {

    /** @param allowedOrigins the intranet front end's origins, exactly as browsers send them */
    public record Cors(List<String> allowedOrigins) {
    }
}
