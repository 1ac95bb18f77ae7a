package org.unmiss.peace.config;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Import;
import org.unmiss.kit.personnel.PersonnelReferences;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableFeignClients(basePackages = {"org.unmiss.peace", "org.unmiss.kit.personnel"})
@Import(PersonnelReferences.class)
class ClientsConfig {
}
