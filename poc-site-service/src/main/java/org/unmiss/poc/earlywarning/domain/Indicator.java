package org.unmiss.poc.earlywarning.domain;

/** Early-warning indicators of intercommunal violence that officers record against an alert. */
public enum Indicator {
    CATTLE_MIGRATION,
    CATTLE_RAID,
    ARMED_MOBILISATION,
    REVENGE_THREAT,
    HATE_SPEECH,
    ABDUCTION,
    DISPLACEMENT,
    DISPUTE_OVER_LAND_OR_WATER,
    OTHER
}
