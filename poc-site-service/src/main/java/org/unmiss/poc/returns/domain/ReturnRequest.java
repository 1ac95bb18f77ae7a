package org.unmiss.poc.returns.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.unmiss.poc.people.domain.PeopleCount;

import java.time.LocalDate;
import java.util.List;

/**
 * The four findings are recorded separately; any of them false flags the movement, none refuses it.
 *
 * @param destinationCounty a county on the place list, in {@code destinationState}
 * @param kind              RETURN (the default) or RELOCATION
 * @param voluntary         the decision to leave was the household's own
 * @param informed          the household was counselled on conditions at the destination before deciding
 * @param safe              the destination and the journey were assessed safe
 * @param dignified         the movement kept families together and respected their dignity
 * @param counselledOn      when that counselling took place (on or before departure)
 */
public record ReturnRequest(@NotBlank String siteCode, @NotNull @PastOrPresent LocalDate departedOn,
                            @NotNull @Positive Integer households, @NotNull PeopleCount individuals,
                            @NotBlank @Size(max = 80) String destinationState, @NotBlank @Size(max = 80) String destinationCounty,
                            MovementKind kind,
                            @NotNull Boolean voluntary, @NotNull Boolean informed, @NotNull Boolean safe,
                            @NotNull Boolean dignified,
                            @NotNull LocalDate counselledOn, @NotEmpty List<@NotNull Assistance> assistance) {
}
