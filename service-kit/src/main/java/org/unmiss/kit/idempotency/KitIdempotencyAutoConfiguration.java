package org.unmiss.kit.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.unmiss.kit.problem.ProblemResponseWriter;
import org.unmiss.kit.web.KitWebAutoConfiguration;
import org.unmiss.kit.web.WebLimitsProperties;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** Idempotency-Key for every service's creating POSTs, remembered in the service's own database. */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KitWebAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(MongoTemplate.class)
public class KitIdempotencyAutoConfiguration {

    /** After Spring Security's filter chain (order -100): keys are scoped to the authenticated caller. */
    static final int ORDER = 0;
    private static final Logger log = LoggerFactory.getLogger(KitIdempotencyAutoConfiguration.class);

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService idempotencyLeaseRenewals() {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "idempotency-lease");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(MongoTemplate mongo, ProblemResponseWriter problems,
                                                                WebLimitsProperties limits,
                                                                ScheduledExecutorService idempotencyLeaseRenewals,
                                                                @Value("${unmiss.idempotency.lease:30s}") Duration lease) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(new IdempotencyFilter(
                mongo, problems, lease, limits.maxRequestBody().toBytes(), idempotencyLeaseRenewals, Clock.systemUTC(),
                limits::isStreamedUpload));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /**
     * The records' TTL index, declared here rather than left to automatic index creation (which a
     * production service may switch off, and which only runs once a record has been written), so
     * the store can expire records from the first day.
     */
    @Bean
    SmartInitializingSingleton idempotencyRecordExpiry(MongoTemplate mongo,
                                                      @Value("${unmiss.idempotency.retention:24h}") Duration retention) {
        return () -> {
            try {
                mongo.indexOps(IdempotencyRecord.class)
                        .createIndex(new Index().on("createdAt", Sort.Direction.ASC).named("createdAt").expire(retention));
            } catch (DataAccessException e) {
                log.warn("Could not declare the idempotency records' TTL index; records will not expire until it is", e);
            }
        };
    }
}
