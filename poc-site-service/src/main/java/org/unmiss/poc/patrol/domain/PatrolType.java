package org.unmiss.poc.patrol.domain;

/**
 * What kind of patrol. The long ones (long-duration, integrated, riverine) take days, away from any
 * site; the protection patrols escort women and girls collecting firewood or water.
 */
public enum PatrolType {
    PREVENTIVE,
    VISIBILITY,
    CONFIDENCE_AND_TRUST_BUILDING,
    DISMOUNTED,
    JOINT_WITH_NATIONAL_POLICE,
    LONG_DURATION,
    INTEGRATED,
    AIR,
    RIVERINE,
    FIREWOOD_PROTECTION,
    WATER_POINT_PROTECTION;

    /** Patrols that may last days rather than hours. */
    public boolean multiDay() {
        return this == LONG_DURATION || this == INTEGRATED || this == RIVERINE;
    }
}
