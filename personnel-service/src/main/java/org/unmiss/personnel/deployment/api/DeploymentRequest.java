package org.unmiss.personnel.deployment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Requests a person's deployment to a field office for a period (both days inclusive). */
public record DeploymentRequest(@NotBlank String indexNumber, String fieldOffice, String unitCode,
                                @Size(max = 100) String position, LocalDate startDate, LocalDate endDate) {
}
