package org.unmiss.humanrights.hrcase.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A date as precisely as it is known. The stored {@code date} is normalised (1st of the month for
 * an unknown day, 1 January for an unknown month and day), so sorting and filtering stay simple.
 */
public record IncidentDate(LocalDate date, DatePrecision precision) {

    public static IncidentDate of(LocalDate date, DatePrecision precision) {
        LocalDate normalised = switch (precision) {
            case UNKNOWN_DAY -> date.withDayOfMonth(1);
            case UNKNOWN_MONTH_AND_DAY -> date.withDayOfYear(1);
            case EXACT, ESTIMATE -> date;
        };
        return new IncidentDate(normalised, precision);
    }

    /** The last day the incident may have happened on, given the precision. */
    public LocalDate latestPossible() {
        return switch (precision) {
            case UNKNOWN_DAY -> date.with(TemporalAdjusters.lastDayOfMonth());
            case UNKNOWN_MONTH_AND_DAY -> date.with(TemporalAdjusters.lastDayOfYear());
            case EXACT, ESTIMATE -> date;
        };
    }
}
