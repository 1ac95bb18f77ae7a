package org.unmiss.poc.policesupport.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * @param beneficiary  the national police unit supported, named as in its HRDDP risk assessment
 * @param place        the county it takes place in
 * @param womenTrained for TRAINING: national officers trained who were women (required with menTrained)
 */
public record SupportActivityBody(@NotNull SupportType type, @NotBlank @Size(max = 160) String beneficiary,
                                  @NotBlank @Size(max = 120) String place, @NotNull LocalDate startedOn, LocalDate endedOn,
                                  @PositiveOrZero Integer womenTrained, @PositiveOrZero Integer menTrained,
                                  @Size(max = 4000) String description, @Size(max = 20) String fieldOffice) {
}
