package org.unmiss.poc.site.domain;

public enum LifecycleEventType {
    OPENED,
    WEAPONS_FREE_ZONE_ESTABLISHED,
    /** Handed over as a conventional IDP camp under government responsibility. */
    REDESIGNATED_IDP_CAMP,
    CLOSED
}
