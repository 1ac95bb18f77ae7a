package org.unmiss.humanrights.audit.domain;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The audit log's keys and checkpoint cadence ({@code humanrights.audit.*}). There is no default in
 * {@code application.yml}: a deployment sets {@code HUMANRIGHTS_AUDIT_CHAIN_KEY},
 * {@code HUMANRIGHTS_AUDIT_CHECKPOINT_PRIVATE_KEY} and {@code HUMANRIGHTS_AUDIT_CHECKPOINT_PUBLIC_KEY} from its
 * key management service; only the {@code local} profile carries development keys.
 *
 * @param chainKey             HMAC-SHA256 key of the chain, base64, at least 32 bytes: without it nobody can
 *                             recompute a rewritten chain, even with write access to the store
 * @param checkpointPrivateKey Ed25519 private key (PKCS#8, base64) that signs checkpoints of the chain head
 * @param checkpointPublicKey  its public key (X.509, base64): what an offline verifier needs, and nothing more
 * @param checkpointEvery      a checkpoint after this many entries ...
 * @param checkpointInterval   ... and at least this often while entries are added
 */
@Validated
@ConfigurationProperties("humanrights.audit")
public record AuditProperties(@NotBlank String chainKey, @NotBlank String checkpointPrivateKey,
                              @NotBlank String checkpointPublicKey, @Min(1) Integer checkpointEvery,
                              @NotNull Duration checkpointInterval) {

    public AuditProperties {
        if (checkpointEvery == null) {
            checkpointEvery = 1000;
        }
        if (checkpointInterval == null) {
            checkpointInterval = Duration.ofMinutes(5);
        }
    }
}
