package org.unmiss.humanrights.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unmiss.humanrights.evidence.domain.EvidenceCipher;
import org.unmiss.humanrights.evidence.domain.EvidenceProperties;

/** The evidence cipher, under its own keyset: the service does not start without one (ADR 0094). */
@Configuration
public class EvidenceConfiguration {

    @Bean
    EvidenceCipher evidenceCipher(EvidenceProperties properties) {
        return EvidenceCipher.fromKeyset(properties.keyset());
    }
}
