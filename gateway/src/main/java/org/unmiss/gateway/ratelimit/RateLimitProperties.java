package org.unmiss.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests one caller (a user, or a client's service account) may make.
 *
 * @param requestsPerMinute the sustained rate a caller is refilled at
 * @param burst             how many requests a caller may make at once after being idle
 */
@ConfigurationProperties("unmiss.gateway.rate-limit")
public record RateLimitProperties(long requestsPerMinute, long burst) {
}
