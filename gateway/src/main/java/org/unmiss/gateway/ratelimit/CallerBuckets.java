package org.unmiss.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Where the callers' token buckets live: in this gateway's memory, or in Redis shared by every
 * gateway replica. The filter asks for one token per request and does not know which.
 */
interface CallerBuckets {

    /** Takes one token from the caller's bucket; the probe says whether there was one. */
    Mono<ConsumptionProbe> tryConsume(String caller);

    /** One limit for every caller: {@code burst} at once, refilled at {@code requestsPerMinute}. */
    static Bandwidth bandwidth(RateLimitProperties limits) {
        return Bandwidth.builder().capacity(limits.burst())
                .refillGreedy(limits.requestsPerMinute(), Duration.ofMinutes(1)).build();
    }
}
