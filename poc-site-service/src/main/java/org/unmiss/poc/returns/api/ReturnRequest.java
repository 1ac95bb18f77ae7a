package org.unmiss.poc.returns.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.unmiss.poc.people.domain.PeopleCount;
import org.unmiss.poc.returns.domain.Assistance;

import java.time.LocalDate;
import java.util.List;

/**
 * @param voluntary    the decision to leave was the household's own
 * @param informed     the household was counselled on conditions at the destination before deciding
 * @param counselledOn when that counselling took place (on or before departure)
 */
public record ReturnRequest(@NotBlank String siteCode, @NotNull @PastOrPresent LocalDate departedOn,
                            @NotNull @Positive Integer households, @NotNull PeopleCount individuals,
                            @NotBlank @Size(max = 80) String destinationState, @NotBlank @Size(max = 80) String destinationCounty,
                            @NotNull @AssertTrue(message = "must be true: the mission supports voluntary returns only") Boolean voluntary,
                            @NotNull @AssertTrue(message = "must be true: the household must be informed of conditions at the destination") Boolean informed,
                            @NotNull LocalDate counselledOn, @NotEmpty List<@NotNull Assistance> assistance) {
}
