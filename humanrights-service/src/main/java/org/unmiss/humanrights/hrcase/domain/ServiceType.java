package org.unmiss.humanrights.hrcase.domain;

/** The services a victim can be referred to; safe shelter and safety and security as the GBV pathways name them (ADR 0099). */
public enum ServiceType {
    MEDICAL,
    PSYCHOSOCIAL,
    LEGAL,
    PROTECTION,
    LIVELIHOOD,
    SAFE_SHELTER,
    SAFETY_AND_SECURITY
}
