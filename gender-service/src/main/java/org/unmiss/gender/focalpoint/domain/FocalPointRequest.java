package org.unmiss.gender.focalpoint.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** @param indexNumber the person's personnel index number; fixed once appointed */
public record FocalPointRequest(@NotBlank @Pattern(regexp = "UN-\\d{6}", message = "must be a personnel index number like UN-000123") String indexNumber,
                                @NotNull MissionComponent component, @NotBlank String fieldOffice, @NotNull LocalDate appointedFrom,
                                LocalDate appointedTo, @Size(max = 1000) String remarks) {
}
