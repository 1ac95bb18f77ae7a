package org.unmiss.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Buckets in this gateway's memory (bounded, idle ones evicted): right for one gateway; with
 * several, each would enforce its own share of the limit.
 */
final class LocalCallerBuckets implements CallerBuckets {

    private static final long MAX_TRACKED_CALLERS = 50_000;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_TRACKED_CALLERS)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
    private final Bandwidth bandwidth;

    LocalCallerBuckets(RateLimitProperties limits) {
        this.bandwidth = CallerBuckets.bandwidth(limits);
    }

    @Override
    public Mono<ConsumptionProbe> tryConsume(String caller) {
        return Mono.fromSupplier(() -> buckets.get(caller, key -> Bucket.builder().addLimit(bandwidth).build())
                .tryConsumeAndReturnRemaining(1));
    }
}
