package org.unmiss.poc.access.domain;

/** How an escort that was carried out went. */
public enum EscortOutcome {
    COMPLETED,
    COMPLETED_WITH_INCIDENT,
    ABORTED
}
