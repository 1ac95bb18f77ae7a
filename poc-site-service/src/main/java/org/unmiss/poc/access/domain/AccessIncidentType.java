package org.unmiss.poc.access.domain;

/** Constraints on humanitarian access, by the categories access monitoring counts. */
public enum AccessIncidentType {
    MOVEMENT_RESTRICTION,
    VIOLENCE_AGAINST_PERSONNEL,
    VIOLENCE_AGAINST_ASSETS,
    INTERFERENCE,
    CHECKPOINT,
    EXPLOSIVE_HAZARD
}
