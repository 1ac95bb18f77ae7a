package org.unmiss.poc.site.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.kit.feed.PolledForChanges;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.poc.geo.domain.GeoJsonPoint;
import org.unmiss.poc.geo.domain.GeoJsonPolygon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A Protection of Civilians site. Location is kept as numbers for the store's range prefilter and
 * as GeoJSON for MongoDB users and exports; perimeter and weapons-free zone are GeoJSON polygons
 * decided against with JTS in the service.
 *
 * @param fieldOffice    the field office responsible for the site
 * @param designation    what the site is today, kept in step with the lifecycle
 * @param redesignatedOn when it became a conventional IDP camp; null if still a PoC site or the date is not on record
 * @param capacity       how many people the site was laid out to shelter
 */
@Document("poc_sites")
@PolledForChanges
public record PocSite(@Id String code, String name, String fieldOffice, String state, String county,
                      double latitude, double longitude, GeoJsonPoint location, Designation designation,
                      LocalDate redesignatedOn, GeoJsonPolygon perimeter, GeoJsonPolygon weaponsFreeZone,
                      List<Sector> structure, Integer capacity, List<LifecycleEvent> lifecycle, @Version Long version) {

    public boolean closed() {
        return lifecycle != null && lifecycle.stream().anyMatch(e -> e.type() == LifecycleEventType.CLOSED);
    }

    /** The date the weapons-free zone was established, if on record. */
    public LocalDate weaponsFreeZoneSince() {
        return lifecycle == null ? null : lifecycle.stream()
                .filter(e -> e.type() == LifecycleEventType.WEAPONS_FREE_ZONE_ESTABLISHED).map(LifecycleEvent::on)
                .findFirst().orElse(null);
    }

    /**
     * The site after {@code event}: redesignation and closure are one-way, nothing follows closure,
     * and a dated event may not precede the last dated one. 409 for a step the site's state does not allow.
     */
    public PocSite with(LifecycleEvent event, long expectedVersion) {
        if (closed()) {
            throw new ConflictException("Site " + code + " is closed; no further lifecycle events can be recorded");
        }
        switch (event.type()) {
            case OPENED -> throw new ConflictException("Site " + code + " is already open");
            case REDESIGNATED_IDP_CAMP -> {
                if (designation == Designation.IDP_CAMP) {
                    throw new ConflictException("Site " + code + " is already an IDP camp");
                }
            }
            case WEAPONS_FREE_ZONE_ESTABLISHED -> {
                if (lifecycle.stream().anyMatch(e -> e.type() == LifecycleEventType.WEAPONS_FREE_ZONE_ESTABLISHED)) {
                    throw new ConflictException("Site " + code + " already has a weapons-free zone on record");
                }
            }
            case CLOSED -> { }
        }
        LocalDate last = lifecycle.stream().map(LifecycleEvent::on).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        if (event.on() != null && last != null && event.on().isBefore(last)) {
            throw new InvalidRequestException("on", "must not be before the site's last recorded event (" + last + ")");
        }
        List<LifecycleEvent> events = new ArrayList<>(lifecycle);
        events.add(event);
        boolean redesignated = event.type() == LifecycleEventType.REDESIGNATED_IDP_CAMP;
        return new PocSite(code, name, fieldOffice, state, county, latitude, longitude, location,
                redesignated ? Designation.IDP_CAMP : designation, redesignated ? event.on() : redesignatedOn,
                perimeter, weaponsFreeZone, structure, capacity, List.copyOf(events), expectedVersion);
    }

    public PocSite withLayout(Integer newCapacity, List<Sector> newStructure, GeoJsonPolygon newPerimeter,
                              GeoJsonPolygon newZone, long expectedVersion) {
        return new PocSite(code, name, fieldOffice, state, county, latitude, longitude, location, designation,
                redesignatedOn, newPerimeter, newZone, newStructure, newCapacity, lifecycle, expectedVersion);
    }
}
