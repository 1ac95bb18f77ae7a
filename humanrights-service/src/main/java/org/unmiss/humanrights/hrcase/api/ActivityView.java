package org.unmiss.humanrights.hrcase.api;

import org.unmiss.humanrights.hrcase.domain.ActivityType;

import java.time.Instant;
import java.time.LocalDate;

/** An activity on a case; {@code outcome} (free text) only for holders of HR_SENSITIVE, else null. */
public record ActivityView(int number, ActivityType type, LocalDate date, String outcome, String recordedBy,
                           Instant recordedAt) {
}
