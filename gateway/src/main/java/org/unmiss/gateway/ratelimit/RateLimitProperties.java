package org.unmiss.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

import java.time.Duration;

/**
 * How many requests one caller (a user, or a client's service account) may make, and where the
 * callers' buckets are kept.
 *
 * @param requestsPerMinute the sustained rate a caller is refilled at
 * @param burst             how many requests a caller may make at once after being idle
 * @param redisUrl          {@code redis://host:port} (or {@code rediss://} with TLS) of the Redis the
 *                          gateway replicas share, so that they enforce one limit together; empty:
 *                          each gateway keeps its own buckets in memory (one machine, ./platform)
 * @param redisTimeout      longest wait for Redis on one request before the request is let through
 *                          uncounted (the limit is a brake, not a gate: ADR 0029)
 */
@ConfigurationProperties("unmiss.gateway.rate-limit")
public record RateLimitProperties(long requestsPerMinute, long burst, String redisUrl, Duration redisTimeout) {

    boolean shared() {
        return StringUtils.hasText(redisUrl);
    }
}
