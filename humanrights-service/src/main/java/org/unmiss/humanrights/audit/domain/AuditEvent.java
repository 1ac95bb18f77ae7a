package org.unmiss.humanrights.audit.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One entry of the append-only audit log. {@code sequence} is the position in the chain (unique,
 * so two writers cannot both extend the same entry); {@code mac} authenticates every other field and
 * the previous entry's MAC under the chain key, so changing, removing or reordering a stored entry
 * breaks the chain, and nobody without the key can forge a replacement.
 * The detail holds codes, references, enumerated values and lengths, never text copied from a request.
 */
@Document("hr_audit_events")
public record AuditEvent(@Id long sequence, Instant at, String actor, String roles, String fieldOffice,
                         AuditAction action, String caseReference, String detail, String correlationId,
                         String previousMac, String mac) {
}
