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
    /** a correction of the case or one of its parts: the part, the fields by name, the reason's length */
    CASE_CORRECTED,
    /** a REPORTED or CLOSED case sent back to investigation */
    CASE_REOPENED,
    VICTIM_ADDED,
    /** one act's verification decided */
    ACT_VERIFIED,
    /** a case given to an officer */
    CASE_ASSIGNED,
    /** an interview, field mission or intervention recorded on a case */
    ACTIVITY_RECORDED,
    /** an attachment filed on a case: its code, kind, sniffed type, size and SHA-256 */
    EVIDENCE_ADDED,
    /** an attachment's content opened for a caller, recorded before a byte of it is read */
    EVIDENCE_DOWNLOADED,
    /** a hate-speech act's medium, platform, language, reach and captured copy recorded */
    HATE_SPEECH_RECORDED,
    EXPORTED,
    DEMO_DATA_LOADED,
    /** a read or change refused: 404 for a case outside the caller's office (or none at all), 403 for missing roles */
    ACCESS_REFUSED
}
