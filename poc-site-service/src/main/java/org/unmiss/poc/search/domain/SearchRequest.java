package org.unmiss.poc.search.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** @param sectors codes of the site's sectors that were cordoned and searched */
public record SearchRequest(@NotBlank String siteCode, @NotNull @PastOrPresent Instant startedAt,
                            @NotNull @PastOrPresent Instant endedAt, @NotEmpty List<@NotBlank String> sectors,
                            @NotNull @PositiveOrZero Integer sheltersSearched, @NotNull @Positive Integer personnelDeployed,
                            @NotBlank @Size(max = 120) String leadUnit, @Size(max = 4000) String notes) {
}
