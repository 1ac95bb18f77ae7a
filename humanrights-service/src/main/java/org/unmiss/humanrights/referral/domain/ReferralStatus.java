package org.unmiss.humanrights.referral.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands on the provider's side: sent and waiting (PENDING), taken on (ACCEPTED), refused with a
 * reason (DECLINED), or the service given (COMPLETED). DECLINED and COMPLETED are final.
 */
public enum ReferralStatus {
    PENDING, ACCEPTED, DECLINED, COMPLETED;

    public Set<ReferralStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED -> EnumSet.of(COMPLETED, DECLINED);
            case DECLINED, COMPLETED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }
}
