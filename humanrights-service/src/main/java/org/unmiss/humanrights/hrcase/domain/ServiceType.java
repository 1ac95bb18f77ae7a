package org.unmiss.humanrights.hrcase.domain;

/** The services a victim can be referred to. */
public enum ServiceType {
    MEDICAL,
    PSYCHOSOCIAL,
    LEGAL,
    PROTECTION,
    LIVELIHOOD
}
