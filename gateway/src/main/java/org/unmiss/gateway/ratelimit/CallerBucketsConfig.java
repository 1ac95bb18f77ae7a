package org.unmiss.gateway.ratelimit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Redis when a Redis URL is configured (several gateway replicas), memory otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class CallerBucketsConfig {

    @Bean
    CallerBuckets callerBuckets(RateLimitProperties limits) {
        return limits.shared() ? new RedisCallerBuckets(limits) : new LocalCallerBuckets(limits);
    }
}
