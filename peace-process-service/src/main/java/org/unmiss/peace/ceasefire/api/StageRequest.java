package org.unmiss.peace.ceasefire.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.unmiss.peace.ceasefire.domain.CeasefireStage;

import java.time.LocalDate;

/** Moves a report to the next stage; {@code stage} must be that next stage (a guard against double submissions). */
public record StageRequest(@NotNull CeasefireStage stage, @NotNull LocalDate date, @Size(max = 4000) String note) {
}
