package org.unmiss.humanrights.audit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.unmiss.humanrights.audit.domain.AuditCheckpoint;

import java.time.Instant;

/**
 * A signed checkpoint of the chain head, as exported and as sent back to be checked: Ed25519 over
 * position, time, head MAC and key id (see {@code CheckpointVerifier} for the exact text and the offline check).
 */
public record CheckpointResponse(@NotNull @Positive Long position, @NotNull Instant at,
                                 @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits") String headMac,
                                 @NotBlank @Pattern(regexp = "[0-9a-f]{16}", message = "must be 16 lower-case hex digits") String keyId,
                                 @NotBlank @Size(max = 200) String signature) {

    static CheckpointResponse from(AuditCheckpoint c) {
        return new CheckpointResponse(c.position(), c.at(), c.headMac(), c.keyId(), c.signature());
    }

    AuditCheckpoint toCheckpoint() {
        return new AuditCheckpoint(position, at, headMac, keyId, signature);
    }
}
