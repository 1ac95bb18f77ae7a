package org.unmiss.poc.policesupport.domain;

/** UNPOL support to the South Sudan National Police Service. */
public enum SupportType {
    TRAINING,
    CO_LOCATION,
    MENTORING,
    INFRASTRUCTURE
}
