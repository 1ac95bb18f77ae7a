package org.unmiss.humanrights.referral.api;

import org.unmiss.humanrights.hrcase.domain.ServiceType;
import org.unmiss.humanrights.referral.domain.ReferralStatus;

import java.time.Instant;
import java.util.List;

/**
 * A referral as its reader may see it: the case's reference for human rights staff only (a provider knows the
 * referral, not the case); the note and the reasons for the provider it is addressed to and holders of HR_SENSITIVE.
 */
public record ReferralView(String code, String caseReference, String fieldOffice, String victimCode, boolean child,
                           String providerCode, ServiceType service, ReferralStatus status, String note, List<Step> steps,
                           Instant createdAt, String createdBy) {

    public record Step(ReferralStatus from, ReferralStatus to, Instant at, String by, String reason) {
    }
}
