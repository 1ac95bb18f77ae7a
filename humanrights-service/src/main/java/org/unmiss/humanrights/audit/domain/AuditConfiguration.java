package org.unmiss.humanrights.audit.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Turns the configured keys into the chain's MAC and the checkpoints' signer; bad keys stop the start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
public class AuditConfiguration {

    @Bean
    AuditChain auditChain(AuditProperties properties) {
        return AuditChain.withKey(properties.chainKey());
    }

    @Bean
    CheckpointSigner checkpointSigner(AuditProperties properties) {
        return CheckpointSigner.of(properties.checkpointPrivateKey(), properties.checkpointPublicKey());
    }
}
