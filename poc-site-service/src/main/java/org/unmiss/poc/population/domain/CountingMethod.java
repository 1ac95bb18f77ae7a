package org.unmiss.poc.population.domain;

public enum CountingMethod {
    BIOMETRIC_REGISTRATION,
    HEADCOUNT,
    ESTIMATE
}
