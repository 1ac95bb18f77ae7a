package org.unmiss.peace.engagement.domain;

/** What the engagement summary groups by. */
public enum SummaryDimension {
    LEVEL, INTERLOCUTOR_TYPE, STATE, MONTH, FIELD_OFFICE
}
