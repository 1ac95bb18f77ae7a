package org.unmiss.gender.activity.domain;

/** PLANNED, then either HELD or CANCELLED (with a reason); both are final. */
public enum ActivityStatus {
    PLANNED,
    HELD,
    CANCELLED
}
