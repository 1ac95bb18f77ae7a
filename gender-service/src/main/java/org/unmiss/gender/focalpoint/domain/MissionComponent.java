package org.unmiss.gender.focalpoint.domain;

/** The mission component a focal point serves in (corrections officers count with police). */
public enum MissionComponent {
    MILITARY,
    POLICE,
    CIVILIAN
}
