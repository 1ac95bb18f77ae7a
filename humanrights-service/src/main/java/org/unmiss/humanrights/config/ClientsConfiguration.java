package org.unmiss.humanrights.config;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The declared client of poc-site-service, and the scheduler of the audit's timed checkpoints (the
 * re-check of unverified citations runs on the kit's schedule).
 */
@Configuration
@EnableFeignClients(basePackages = "org.unmiss.humanrights")
@EnableScheduling
public class ClientsConfiguration {
}
