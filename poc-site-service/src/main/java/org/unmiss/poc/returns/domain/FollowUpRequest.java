package org.unmiss.poc.returns.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record FollowUpRequest(@NotNull @PastOrPresent LocalDate on, @NotNull FollowUpOutcome outcome,
                              @Size(max = 1000) String note) {
}
