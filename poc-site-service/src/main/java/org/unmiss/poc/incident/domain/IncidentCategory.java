package org.unmiss.poc.incident.domain;

import java.util.EnumSet;
import java.util.Set;

/** Security incident categories, a starting vocabulary for PoC site security reporting. */
public enum IncidentCategory {
    ASSAULT,
    SGBV,
    THEFT,
    ROBBERY,
    HOMICIDE,
    ARMED_ATTACK,
    FIREARM_DISCHARGE,
    WEAPON_POSSESSION,
    INTERCOMMUNAL_CLASH,
    ARSON,
    ALCOHOL_OR_DRUGS,
    CHILD_PROTECTION,
    DISTURBANCE,
    OTHER;

    /** Categories that by their nature bring a weapon into the place where they happen. */
    public static final Set<IncidentCategory> WEAPON_CATEGORIES = EnumSet.of(ARMED_ATTACK, FIREARM_DISCHARGE, WEAPON_POSSESSION);
}
