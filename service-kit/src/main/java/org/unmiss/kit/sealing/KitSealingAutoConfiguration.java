package org.unmiss.kit.sealing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * The {@link FieldSealer} of a service that holds personal data. Lazy: only services that inject it
 * need a keyset, and those fail at start-up with a message naming the missing setting.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class KitSealingAutoConfiguration {

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    FieldSealer fieldSealer(@Value("${" + FieldSealer.PROPERTY + ":}") String keyset) {
        return FieldSealer.fromKeyset(keyset);
    }
}
