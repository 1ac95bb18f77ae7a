package org.unmiss.humanrights.hrcase.domain;

/** What an officer did on a case, as human rights casework records it. */
public enum ActivityType {
    INTERVIEW,
    FIELD_MISSION,
    INTERVENTION_WITH_AUTHORITIES,
    OTHER
}
