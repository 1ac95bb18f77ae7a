package org.unmiss.gender.config;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Import;
import org.unmiss.kit.personnel.PersonnelReferences;
import org.springframework.context.annotation.Configuration;

/** Declared clients; the clock for "today" is the kit's, typed settings are scanned by the application. */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(basePackages = {"org.unmiss.gender", "org.unmiss.kit.personnel"})
@Import(PersonnelReferences.class)
public class GenderConfiguration {
}
