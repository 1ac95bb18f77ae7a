package org.unmiss.peace.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.unmiss.peace.agreement.domain.ImplementationStatus;

import java.time.LocalDate;

/**
 * A provision's new status from {@code effectiveDate} on, with the evidence (R-JMEC report,
 * decree, gazette...) and, for a benchmark, the measured value.
 */
public record StatusChangeRequest(@NotNull ImplementationStatus status, @NotNull LocalDate effectiveDate,
                                  @NotBlank @Size(max = 4000) String evidence, Double measuredValue) {
}
