package org.unmiss.humanrights.audit.api;

import org.unmiss.humanrights.audit.domain.AuditLog;

/**
 * The outcome of walking the audit chain. {@code lastHash} is worth copying somewhere the store's
 * administrators cannot write: the chain alone cannot show that entries were cut off its end.
 */
public record ChainVerificationResponse(boolean intact, long eventsVerified, Long brokenAtSequence, String lastHash) {

    static ChainVerificationResponse from(AuditLog.ChainCheck check) {
        return new ChainVerificationResponse(check.intact(), check.eventsVerified(), check.brokenAtSequence(), check.lastHash());
    }
}
