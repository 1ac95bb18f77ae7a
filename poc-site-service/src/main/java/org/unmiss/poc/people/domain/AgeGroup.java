package org.unmiss.poc.people.domain;

/** The age groups figures are broken down by (HXL +children, +adults, +elderly). */
public enum AgeGroup {
    /** under 18 */
    CHILDREN,
    /** 18 to 59 */
    ADULTS,
    /** 60 and over */
    ELDERLY
}
