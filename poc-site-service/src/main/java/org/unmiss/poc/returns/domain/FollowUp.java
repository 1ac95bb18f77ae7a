package org.unmiss.poc.returns.domain;

import java.time.LocalDate;

/** A monitoring visit or call after the return. */
public record FollowUp(LocalDate on, FollowUpOutcome outcome, String note, String recordedBy) {
}
