package org.unmiss.kit.idempotency;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.unmiss.kit.problem.ProblemResponseWriter;
import org.unmiss.kit.web.KitWebAutoConfiguration;

/** Idempotency-Key for every service's creating POSTs, remembered in the service's own database. */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KitWebAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(MongoTemplate.class)
public class KitIdempotencyAutoConfiguration {

    /** After Spring Security's filter chain (order -100): keys are scoped to the authenticated caller. */
    static final int ORDER = 0;

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(MongoTemplate mongo, ProblemResponseWriter problems) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(mongo, problems));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
