package org.unmiss.humanrights.audit.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A signed statement "at {@code at} the chain held {@code position} entries, the last with MAC
 * {@code headMac}". Kept in the store and worth copying out of it: a chain whose tail was cut no longer
 * reaches the position of a checkpoint, and nobody without the private key can sign a shorter one.
 */
@Document("hr_audit_checkpoints")
public record AuditCheckpoint(@Id long position, Instant at, String headMac, String keyId, String signature) {
}
