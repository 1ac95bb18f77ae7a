package org.unmiss.poc.population.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import org.unmiss.poc.people.domain.SexAgeCount;

import java.time.LocalDate;
import java.util.List;

/** A population count: the total and one count per sex × age group (FEMALE/MALE × CHILDREN/ADULTS/ELDERLY), adding up to it. */
public record PopulationFigureRequest(@NotNull @PastOrPresent LocalDate asOf, @NotNull CountingMethod method,
                                      @PositiveOrZero Integer households, @NotNull @PositiveOrZero Integer total,
                                      @NotNull List<SexAgeCount> counts) {
}
