package org.unmiss.kit.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** Registers the {@link CommittedSecretsGuard} in every domain service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class KitSecretsAutoConfiguration {

    @Bean
    static CommittedSecretsGuard committedSecretsGuard() {
        return new CommittedSecretsGuard();
    }
}
