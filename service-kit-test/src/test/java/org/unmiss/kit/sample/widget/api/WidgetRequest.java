package org.unmiss.kit.sample.widget.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.unmiss.kit.sample.widget.domain.Colour;

import java.time.LocalDate;

public record WidgetRequest(@NotBlank String name, @Min(0) int count, @NotNull Colour colour, LocalDate madeOn,
                            @NotBlank String fieldOffice) {
}
