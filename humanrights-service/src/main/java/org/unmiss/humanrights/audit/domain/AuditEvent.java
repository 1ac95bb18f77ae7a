package org.unmiss.humanrights.audit.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One entry of the append-only audit log. {@code sequence} is the position in the chain (unique,
 * so two writers cannot both extend the same entry); {@code hash} covers every other field and the
 * previous entry's hash, so changing, removing or reordering a stored entry breaks the chain.
 * The detail never holds an identity: it names codes (victim V-..., source S-...), never names.
 */
@Document("hr_audit_events")
public record AuditEvent(@Id long sequence, Instant at, String actor, String roles, String fieldOffice,
                         AuditAction action, String caseReference, String detail, String correlationId,
                         String previousHash, String hash) {
}
