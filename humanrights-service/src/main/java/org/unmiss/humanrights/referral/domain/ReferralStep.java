package org.unmiss.humanrights.referral.domain;

import java.time.Instant;

/** One answer of the provider: from, to, when, who; the reason or note sealed ({@code steps/<n>/reason}). */
public record ReferralStep(ReferralStatus from, ReferralStatus to, Instant at, String by, String sealedReason) {
}
