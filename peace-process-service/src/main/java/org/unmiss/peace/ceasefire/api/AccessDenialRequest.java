package org.unmiss.peace.ceasefire.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record AccessDenialRequest(@NotNull LocalDate date, @NotBlank @Size(max = 200) String place,
                                  @NotBlank @Size(max = 100) String deniedBy, @Size(max = 4000) String note) {
}
