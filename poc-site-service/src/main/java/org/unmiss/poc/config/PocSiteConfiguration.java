package org.unmiss.poc.config;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Declared clients of other services, and the scheduler that drives the referral outbox. */
@Configuration
@EnableFeignClients(basePackages = "org.unmiss.poc")
@EnableScheduling
public class PocSiteConfiguration {
}
