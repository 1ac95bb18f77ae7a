package org.unmiss.gender.activity.domain;

/** Who an activity is for: a mission component, or a body outside the mission. */
public enum Audience {
    MILITARY,
    POLICE,
    CIVILIAN,
    CEASEFIRE_MONITORS,
    GOVERNMENT,
    CIVIL_SOCIETY,
    WOMEN_LEADERS,
    COMMUNITY
}
