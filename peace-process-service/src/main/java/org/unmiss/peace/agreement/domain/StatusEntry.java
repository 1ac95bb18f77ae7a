package org.unmiss.peace.agreement.domain;

import org.springframework.data.annotation.PersistenceCreator;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A provision's status from a day on, with the evidence for it.
 *
 * @param effectiveDate  the day the status applies from (the matrix "as of" a day takes the last entry on or before it)
 * @param evidence       the public report it is taken from (document, date, where published); for a synthetic entry,
 *                       a statement that it is synthetic (never a real report)
 * @param measuredValue  for provisions with a benchmark, the value measured then (e.g. 25.0 percent women)
 * @param synthetic      demo data made up for the demo, not a fact about the agreement (issue 14)
 */
public record StatusEntry(ImplementationStatus status, LocalDate effectiveDate, String evidence, Double measuredValue,
                          String recordedBy, Instant recordedAt, boolean synthetic) {

    @PersistenceCreator
    public StatusEntry {
    }

    /** A status recorded by mission staff from a report: not synthetic. */
    public StatusEntry(ImplementationStatus status, LocalDate effectiveDate, String evidence, Double measuredValue,
                       String recordedBy, Instant recordedAt) {
        this(status, effectiveDate, evidence, measuredValue, recordedBy, recordedAt, false);
    }
}
