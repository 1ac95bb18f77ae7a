package org.unmiss.gender.activity.domain;

/** Age groups as humanitarian figures disaggregate them. */
public enum AgeGroup {
    UNDER_18,
    AGE_18_TO_24,
    AGE_25_TO_59,
    AGE_60_AND_OVER,
    UNKNOWN
}
