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
    /** a quarter's figures frozen for partners and reporting tools (ADR 0098) */
    FIGURES_RELEASED,
    /** a service provider added to the reference list (ADR 0099) */
    SERVICE_PROVIDER_ADDED,
    /** a provider accepted, declined or completed a referral (ADR 0099) */
    REFERRAL_ANSWERED,
    /** a person entered in the registry (ADR 0090): code, office, sex, whether a name was given */
    PERSON_REGISTERED,
    /** a person's record read without their name (a read with it is an IDENTITY_READ) */
    PERSON_READ,
    /** a victim or source of a case linked to a person of the registry */
    PERSON_LINKED,
    /** two records of one person merged, by a decision with a reason */
    PERSON_MERGED,
    /** a search of cases (ADR 0091): words and names as their blind-index hashes, never in plaintext */
    CASE_SEARCHED,
    DEMO_DATA_LOADED,
    /** a read or change refused: 404 for a case outside the caller's office (or none at all), 403 for missing roles */
    ACCESS_REFUSED
}
