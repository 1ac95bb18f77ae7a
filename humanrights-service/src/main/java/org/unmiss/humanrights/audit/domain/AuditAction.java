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
    DEMO_DATA_LOADED,
    /** a read or change refused: 404 for a case outside the caller's office (or none at all), 403 for missing roles */
    ACCESS_REFUSED
}
