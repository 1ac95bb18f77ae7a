package org.unmiss.poc.access.domain;

/** The kind of humanitarian organisation, as access reports disaggregate it. */
public enum AgencyType {
    UN_AGENCY,
    INTERNATIONAL_NGO,
    NATIONAL_NGO,
    RED_CROSS_RED_CRESCENT,
    OTHER
}
