package org.unmiss.poc.policesupport.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** @param validUntil the first day the assessment no longer covers support (after assessedOn) */
public record RiskAssessmentBody(@NotBlank @Size(max = 160) String beneficiary, @NotNull @PastOrPresent LocalDate assessedOn,
                                 @NotNull LocalDate validUntil, @NotNull RiskLevel risk, @NotNull AssessmentDecision decision,
                                 @Size(max = 4000) String mitigatingMeasures, @Size(max = 20) String fieldOffice) {
}
