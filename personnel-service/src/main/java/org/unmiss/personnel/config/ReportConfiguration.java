package org.unmiss.personnel.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unmiss.vocabulary.ParityTargets;

/**
 * What reports compare against. Ceilings and parity targets are sourced reference facts in the shared vocabulary
 * (dated by resolution, and by year), not configuration: a deployment cannot silently change a Security Council
 * figure (ADR 0024).
 */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {

    @Bean
    ParityTargets parityTargets() {
        return ParityTargets.published();
    }
}
