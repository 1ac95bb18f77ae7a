package org.unmiss.gender.config;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Declared clients and one clock for "today" (UTC, the mission's reporting day). */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(basePackages = "org.unmiss.gender")
public class GenderConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
