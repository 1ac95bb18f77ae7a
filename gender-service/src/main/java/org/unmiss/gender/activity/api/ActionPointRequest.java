package org.unmiss.gender.activity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record ActionPointRequest(@NotBlank @Size(max = 1000) String description, @NotBlank @Size(max = 200) String owner,
                                 @NotNull LocalDate dueDate) {
}
