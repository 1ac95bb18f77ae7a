package org.unmiss.humanrights.audit.api;

import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditEvent;

import java.time.Instant;

public record AuditEventResponse(long sequence, Instant at, String actor, String roles, String fieldOffice,
                                 AuditAction action, String caseReference, String detail, String correlationId,
                                 String previousMac, String mac) {

    static AuditEventResponse from(AuditEvent e) {
        return new AuditEventResponse(e.sequence(), e.at(), e.actor(), e.roles(), e.fieldOffice(), e.action(),
                e.caseReference(), e.detail(), e.correlationId(), e.previousMac(), e.mac());
    }
}
