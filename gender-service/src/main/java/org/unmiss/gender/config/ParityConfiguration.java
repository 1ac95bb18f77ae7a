package org.unmiss.gender.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unmiss.vocabulary.ParityTargets;

/**
 * The parity targets are sourced reference facts by year in the shared vocabulary, the same table
 * personnel-service's parity report reads (issue 13 point 5), not configuration of this service (ADR 0024).
 */
@Configuration(proxyBeanMethods = false)
public class ParityConfiguration {

    @Bean
    ParityTargets parityTargets() {
        return ParityTargets.published();
    }
}
