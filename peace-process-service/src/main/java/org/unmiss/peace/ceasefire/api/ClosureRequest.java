package org.unmiss.peace.ceasefire.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.unmiss.peace.ceasefire.domain.ClosureOutcome;

import java.time.LocalDate;

public record ClosureRequest(@NotNull ClosureOutcome outcome, @NotNull LocalDate date,
                             @NotBlank @Size(max = 4000) String note) {
}
