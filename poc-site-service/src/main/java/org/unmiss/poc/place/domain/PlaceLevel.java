package org.unmiss.poc.place.domain;

/** South Sudan's administrative levels: states and administrative areas, then counties, then payams. */
public enum PlaceLevel {
    STATE,
    ADMINISTRATIVE_AREA,
    COUNTY,
    PAYAM
}
