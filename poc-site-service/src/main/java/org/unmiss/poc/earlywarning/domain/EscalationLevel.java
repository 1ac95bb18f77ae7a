package org.unmiss.poc.earlywarning.domain;

/** Where an alert is handled, lowest first: an escalation only ever moves it up. */
public enum EscalationLevel {
    FIELD_OFFICE,
    SECTOR_HEADQUARTERS,
    MISSION_HEADQUARTERS
}
