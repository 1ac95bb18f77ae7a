package org.unmiss.humanrights.audit.domain;

/** What an audit event records. */
public enum AuditAction {
    CASE_CREATED,
    CASE_LISTED,
    CASE_READ,
    IDENTITY_READ,
    VIOLATION_ADDED,
    STATUS_CHANGED,
    CONSENT_RECORDED,
    REFERRAL_MADE,
    CONSENT_OVERRIDDEN,
    IDENTITY_SHARED,
    REFERRAL_RECEIVED,
    POC_INCIDENT_CITED,
    POC_INCIDENT_CONFIRMED,
    EXPORTED,
    DEMO_DATA_LOADED
}
