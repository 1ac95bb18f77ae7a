package org.unmiss.poc.policesupport.domain;

/** The risk an HRDDP assessment finds that the supported unit commits grave violations. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
