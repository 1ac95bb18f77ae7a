package org.unmiss.kit.store;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.feed.ChangeFeedUpkeep;
import org.unmiss.kit.feed.ChangeStamps;
import org.unmiss.kit.problem.ProblemResponseWriter;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Store support every service shares: short timeouts so an unreachable store is a prompt 503 and
 * not a 30 s wait (or, for a hung store, no answer at all), a health check the embedded store
 * answers (named so Boot's own, which it cannot answer, backs off), the reference-data loader and
 * reference numbers; every record's change stamp and the change feed's indexes (ADR 70).
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class, before = MongoHealthContributorAutoConfiguration.class)
@ConditionalOnBean(MongoTemplate.class)
@EnableConfigurationProperties(StoreProperties.class)
public class KitStoreAutoConfiguration {

    /**
     * Before Boot's customizer, which applies {@code MONGODB_URI}: a timeout the URI names wins
     * over ours (the driver applies only the options a connection string sets).
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    MongoClientSettingsBuilderCustomizer storeTimeouts(StoreProperties store) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        store.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                // Per network read, not per operation: the driver's operation timeout (timeoutMS)
                // would also bound a whole cursor's life, and reports and the audit check stream
                // every record of a collection. A read is retried once, so a hung store is given
                // up on after at most twice this.
                .applyToSocketSettings(socket -> socket
                        .connectTimeout(Math.toIntExact(store.connectTimeout().toMillis()), TimeUnit.MILLISECONDS)
                        .readTimeout(Math.toIntExact(store.socketTimeout().toMillis()), TimeUnit.MILLISECONDS))
                // Waiting for a pooled connection is waiting for the store too.
                .applyToConnectionPoolSettings(pool -> pool.maxWaitTime(
                        store.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }

    @Bean(name = "mongoHealthIndicator")
    StorePingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new StorePingHealthIndicator(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    ReferenceNumbers referenceNumbers(MongoTemplate mongo) {
        return new ReferenceNumbers(mongo);
    }

    @Bean
    ReferenceDataLoader referenceDataLoader(MongoTemplate mongo, ChangeStamps stamps) {
        return new ReferenceDataLoader(mongo, stamps);
    }

    /** Every record's {@code updatedAt}, on the service's clock (ADR 70). */
    @Bean
    ChangeStamps changeStamps(ObjectProvider<Clock> clock) {
        return new ChangeStamps(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    ChangeFeedUpkeep changeFeedUpkeep(MongoTemplate mongo, ChangeStamps stamps) {
        return new ChangeFeedUpkeep(mongo, stamps);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class StoreUnavailableAnswers {

        /** After security (-100), around the idempotency filter (0) and everything after it. */
        static final int ORDER = -1;

        @Bean
        FilterRegistrationBean<StoreUnavailableFilter> storeUnavailableFilter(ProblemResponseWriter problems) {
            FilterRegistrationBean<StoreUnavailableFilter> registration =
                    new FilterRegistrationBean<>(new StoreUnavailableFilter(problems));
            registration.setOrder(ORDER);
            registration.addUrlPatterns("/api/*");
            return registration;
        }
    }
}
