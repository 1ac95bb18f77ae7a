package org.unmiss.poc.patrol.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.unmiss.poc.geo.domain.GeoJsonLineString;
import org.unmiss.poc.patrol.domain.PatrolType;
import org.unmiss.poc.patrol.domain.Shift;

import java.time.Instant;

/** @param women how many of the {@code size} patrol members were women */
public record PatrolRequest(@NotBlank String siteCode, @NotNull PatrolType type, @NotNull Shift shift,
                            @NotNull @PastOrPresent Instant startedAt, @NotNull @PastOrPresent Instant endedAt,
                            @NotBlank @Size(max = 120) String unit, @NotNull @Positive Integer size,
                            @NotNull @PositiveOrZero Integer women, @NotNull GeoJsonLineString route,
                            @Size(max = 4000) String observations) {
}
