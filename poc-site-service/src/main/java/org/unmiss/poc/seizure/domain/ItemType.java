package org.unmiss.poc.seizure.domain;

public enum ItemType {
    FIREARM,
    AMMUNITION,
    BLADE,
    MILITARY_UNIFORM,
    ALCOHOL,
    DRUGS,
    OTHER
}
