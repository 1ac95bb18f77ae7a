package org.unmiss.gender.config;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

/** Declared clients and typed settings; the clock for "today" is the kit's. */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(basePackages = "org.unmiss.gender")
@ConfigurationPropertiesScan(basePackages = "org.unmiss.gender")
public class GenderConfiguration {
}
