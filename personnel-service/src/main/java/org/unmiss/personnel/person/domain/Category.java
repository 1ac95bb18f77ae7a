package org.unmiss.personnel.person.domain;

/** The mission's personnel categories; POLICE and CORRECTIONS together are UNPOL. */
public enum Category {
    MILITARY, POLICE, CORRECTIONS, CIVILIAN;

    public boolean isUniformed() {
        return this != CIVILIAN;
    }
}
