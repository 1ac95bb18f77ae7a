package org.unmiss.poc.site.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.unmiss.poc.geo.domain.GeoJsonPolygon;

import java.util.List;

/** A site's layout as a whole: capacity, sectors and blocks, perimeter and weapons-free zone (null clears a zone). */
public record SiteLayoutRequest(@NotNull @PositiveOrZero Integer capacity,
                                @NotNull List<@Valid SectorRequest> structure,
                                @NotNull GeoJsonPolygon perimeter,
                                GeoJsonPolygon weaponsFreeZone) {

    public record SectorRequest(@NotBlank String code, @NotBlank String name, @NotNull List<@NotBlank String> blocks) {
    }
}
