package org.unmiss.poc.patrol.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.unmiss.poc.geo.domain.GeoJsonLineString;

import java.time.Instant;
import java.util.List;

/**
 * @param siteCode      the site patrolled around (optional: long-duration and other patrols go anywhere)
 * @param fieldOffice   the office the record belongs to; only needed from headquarters users without a site
 * @param placesVisited counties the patrol went through ("Yambio", "Leer, Unity"); at least one without a site
 * @param women         how many of the {@code size} patrol members were women
 */
public record PatrolRequest(@Size(max = 40) String siteCode, @Size(max = 20) String fieldOffice,
                            @NotNull PatrolType type, @NotNull Shift shift,
                            @NotNull @PastOrPresent Instant startedAt, @NotNull @PastOrPresent Instant endedAt,
                            @NotBlank @Size(max = 120) String unit, @NotNull @Positive Integer size,
                            @NotNull @PositiveOrZero Integer women, @NotNull GeoJsonLineString route,
                            @Size(max = 4000) String observations, @Size(max = 30) List<@NotBlank @Size(max = 120) String> placesVisited) {
}
