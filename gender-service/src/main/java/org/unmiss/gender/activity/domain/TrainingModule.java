package org.unmiss.gender.activity.domain;

/** Modules of the Section's training curriculum. */
public enum TrainingModule {
    INDUCTION,
    GENDER_MAINSTREAMING,
    WOMEN_PEACE_AND_SECURITY,
    SGBV,
    CRSV,
    SEXUAL_EXPLOITATION_AND_ABUSE,
    GENDER_ANALYSIS,
    WOMEN_LEADERSHIP
}
