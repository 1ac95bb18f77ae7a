package org.unmiss.humanrights.hrcase.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something done on a case (an interview, a field mission, an intervention with the authorities): on which day,
 * with what outcome, recorded by whom and when. The outcome is free text and stored sealed
 * ({@code activities/<n>/outcome}).
 */
public record CaseActivity(int number, ActivityType type, LocalDate date, String sealedOutcome, String recordedBy,
                           Instant recordedAt) {
}
