package org.unmiss.kit.store;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Store support every service shares: a health check the embedded store answers (named so Boot's
 * own, which it cannot answer, backs off), the reference-data loader and reference numbers.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class, before = MongoHealthContributorAutoConfiguration.class)
@ConditionalOnBean(MongoTemplate.class)
public class KitStoreAutoConfiguration {

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
    ReferenceDataLoader referenceDataLoader(MongoTemplate mongo) {
        return new ReferenceDataLoader(mongo);
    }
}
