package org.unmiss.poc.earlywarning.domain;

/**
 * The response decided on an alert. DIALOGUE is led by civil affairs and recorded in
 * peace-process-service; REFERRAL hands the alert to a partner or the authorities.
 */
public enum ResponseType {
    PATROL,
    ENGAGEMENT,
    DIALOGUE,
    REFERRAL
}
