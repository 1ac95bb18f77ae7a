package org.unmiss.humanrights.hrcase.domain;

/** How precisely an incident's date is known. A date of unknown day is stored as the 1st of its month, of unknown month and day as 1 January. */
public enum DatePrecision {
    EXACT,
    ESTIMATE,
    UNKNOWN_DAY,
    UNKNOWN_MONTH_AND_DAY
}
