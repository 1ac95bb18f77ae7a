package org.unmiss.humanrights.hrcase.domain;

/** How widely a case may be discussed inside the mission. */
public enum Confidentiality {
    CONFIDENTIAL,
    STRICTLY_CONFIDENTIAL
}
