package org.unmiss.gateway.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Buckets in Redis, shared by every gateway replica: bucket4j's compare-and-swap over Lettuce's
 * asynchronous API, so the event loop never blocks on Redis. A key lives until its bucket would be
 * full again, so idle callers cost Redis nothing.
 *
 * <p>When Redis does not answer in time, the request goes through uncounted and a warning is
 * logged: an outage of the limiter's store must not become an outage of the mission's API (ADR 0029).
 */
final class RedisCallerBuckets implements CallerBuckets, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisCallerBuckets.class);
    /** Namespaced so that a Redis shared with other tools cannot mix keys with the gateway's. */
    static final String KEY_PREFIX = "unmiss:gateway:rate:";

    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final AsyncProxyManager<String> buckets;
    private final BucketConfiguration configuration;
    private final Duration timeout;

    RedisCallerBuckets(RateLimitProperties limits) {
        this.client = RedisClient.create(limits.redisUrl());
        this.client.setDefaultTimeout(limits.redisTimeout());
        this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .requestTimeout(limits.redisTimeout())
                .build()
                .asAsync();
        this.configuration = BucketConfiguration.builder().addLimit(CallerBuckets.bandwidth(limits)).build();
        this.timeout = limits.redisTimeout();
    }

    @Override
    public Mono<ConsumptionProbe> tryConsume(String caller) {
        return Mono.fromFuture(() -> buckets.builder()
                        .build(KEY_PREFIX + caller, () -> CompletableFuture.completedFuture(configuration))
                        .tryConsumeAndReturnRemaining(1))
                .timeout(timeout)
                .onErrorResume(failure -> {
                    log.warn("rate limit store unavailable, request let through uncounted: {}", failure.toString());
                    return Mono.just(ConsumptionProbe.consumed(-1, 0));
                });
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
