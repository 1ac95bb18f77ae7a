package org.unmiss.peace.agreement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.unmiss.peace.agreement.domain.ImplementationStatus;

import java.time.LocalDate;

/**
 * A provision to track, with its status from a first day on.
 *
 * @param code      chapter, article and clause, e.g. {@code I.4.4}
 * @param benchmark a measurable target (e.g. 35 percent women in the executive); then every status needs a measured value
 */
public record ProvisionRequest(
        @NotBlank @Pattern(regexp = "(I|II|III|IV|V|VI|VII|VIII)(\\.\\d{1,3}){1,4}", message = "must look like I.4.4") String code,
        @NotBlank String chapter,
        @NotBlank @Size(max = 500) String title,
        LocalDate deadline,
        @NotBlank @Size(max = 200) String responsibleBody,
        @Valid BenchmarkRequest benchmark,
        @NotNull ImplementationStatus status,
        @NotNull LocalDate effectiveDate,
        @NotBlank @Size(max = 4000) String evidence,
        Double measuredValue) {

    public record BenchmarkRequest(@NotBlank @Size(max = 300) String description,
                                   @NotBlank @Pattern(regexp = "[A-Z_]{2,20}", message = "must be a unit such as PERCENT") String unit,
                                   @NotNull Double target) {
    }
}
