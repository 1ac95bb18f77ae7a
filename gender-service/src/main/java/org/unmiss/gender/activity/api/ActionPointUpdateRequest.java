package org.unmiss.gender.activity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.unmiss.gender.activity.domain.ActionPointStatus;

import java.time.LocalDate;

/** The action point's owner, due date, status and follow-up as they now stand. */
public record ActionPointUpdateRequest(@NotBlank @Size(max = 200) String owner, @NotNull LocalDate dueDate,
                                       @NotNull ActionPointStatus status, @Size(max = 2000) String followUp) {
}
