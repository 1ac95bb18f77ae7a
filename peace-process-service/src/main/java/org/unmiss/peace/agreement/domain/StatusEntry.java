package org.unmiss.peace.agreement.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A provision's status from a day on, with the evidence for it.
 *
 * @param effectiveDate  the day the status applies from (the matrix "as of" a day takes the last entry on or before it)
 * @param measuredValue  for provisions with a benchmark, the value measured then (e.g. 25.0 percent women)
 */
public record StatusEntry(ImplementationStatus status, LocalDate effectiveDate, String evidence, Double measuredValue,
                          String recordedBy, Instant recordedAt) {
}
