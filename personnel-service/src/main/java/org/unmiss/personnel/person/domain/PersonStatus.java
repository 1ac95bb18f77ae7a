package org.unmiss.personnel.person.domain;

/** Where a person stands with the mission, independent of any one deployment. */
public enum PersonStatus {
    ACTIVE, ON_LEAVE, ROTATED_OUT, REPATRIATED, SEPARATED
}
