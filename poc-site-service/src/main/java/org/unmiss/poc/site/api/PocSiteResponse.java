package org.unmiss.poc.site.api;

import org.unmiss.poc.site.domain.Designation;
import org.unmiss.poc.site.domain.PocSite;

import java.time.LocalDate;

public record PocSiteResponse(String code, String name, String fieldOffice, String state,
                              double latitude, double longitude, Designation designation, LocalDate redesignatedOn) {

    static PocSiteResponse from(PocSite site) {
        return new PocSiteResponse(site.code(), site.name(), site.fieldOffice(), site.state(),
                site.latitude(), site.longitude(), site.designation(), site.redesignatedOn());
    }
}
