package org.unmiss.poc.site.api;

import org.unmiss.poc.geo.domain.GeoJsonPolygon;
import org.unmiss.poc.site.domain.Designation;
import org.unmiss.poc.site.domain.LifecycleEvent;
import org.unmiss.poc.site.domain.PocSite;
import org.unmiss.poc.site.domain.Sector;

import java.time.LocalDate;
import java.util.List;

public record PocSiteResponse(String code, String name, String fieldOffice, String state, String county,
                              double latitude, double longitude, Designation designation, LocalDate redesignatedOn,
                              Integer capacity, List<Sector> structure, GeoJsonPolygon perimeter,
                              GeoJsonPolygon weaponsFreeZone, List<LifecycleEvent> lifecycle) {

    static PocSiteResponse from(PocSite site) {
        return new PocSiteResponse(site.code(), site.name(), site.fieldOffice(), site.state(), site.county(),
                site.latitude(), site.longitude(), site.designation(), site.redesignatedOn(), site.capacity(),
                site.structure(), site.perimeter(), site.weaponsFreeZone(), site.lifecycle());
    }
}
