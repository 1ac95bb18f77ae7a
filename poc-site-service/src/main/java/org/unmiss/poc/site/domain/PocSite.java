package org.unmiss.poc.site.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/**
 * A Protection of Civilians site. Location is kept as numbers (the embedded store has no
 * geospatial operators; exports produce GeoJSON from them).
 *
 * @param fieldOffice    the field office responsible for the site
 * @param redesignatedOn when it became a conventional IDP camp; null if still a PoC site or the date is not on record
 */
@Document("poc_sites")
public record PocSite(@Id String code, String name, String fieldOffice, String state,
                      double latitude, double longitude, Designation designation,
                      LocalDate redesignatedOn, @Version Long version) {
}
