package org.unmiss.poc.referral.domain;

/**
 * humanrights-service's case intake as the dispatcher uses it; the Feign client in persistence is the
 * implementation, so domain depends on no persistence class (ADR 0021).
 */
public interface CaseIntake {

    /** The Idempotency-Key (the incident reference) lets the receiver recognise a retry it already accepted. */
    CaseReferralReceipt refer(String authorization, String idempotencyKey, CaseReferral referral);
}
