package org.unmiss.peace.config;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableFeignClients(basePackages = "org.unmiss.peace")
class ClientsConfig {
}
