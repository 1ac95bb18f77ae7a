package org.unmiss.poc.incident.domain;

/**
 * Sends an incident's pending referral now. Declared by the incident feature and implemented by the referral
 * feature (which depends on incidents), so the two features depend one way only (ADR 0021).
 */
public interface ReferralSender {

    /** Tries the referral now, as the calling officer, if it is due and not being sent elsewhere. */
    void dispatch(String reference);
}
