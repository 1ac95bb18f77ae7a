package org.unmiss.poc.policesupport.domain;

/** What an HRDDP risk assessment concludes: support may go ahead, only with mitigating measures, or not at all. */
public enum AssessmentDecision {
    SUPPORT_PERMITTED,
    SUPPORT_WITH_MITIGATION,
    SUPPORT_WITHHELD
}
