package org.unmiss.humanrights.audit.api;

import org.unmiss.humanrights.audit.domain.AuditLog;

/**
 * The outcome of walking the audit chain. {@code checkpointPosition} names the signed checkpoint the chain's
 * end was compared with: a chain whose tail was cut stops before it ({@code TRUNCATED}).
 */
public record ChainVerificationResponse(boolean intact, AuditLog.Finding finding, long eventsVerified,
                                        Long brokenAtSequence, String lastMac, Long checkpointPosition) {

    static ChainVerificationResponse from(AuditLog.ChainCheck check) {
        return new ChainVerificationResponse(check.intact(), check.finding(), check.eventsVerified(),
                check.brokenAtSequence(), check.lastMac(), check.checkpointPosition());
    }
}
