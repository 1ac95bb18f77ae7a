package org.unmiss.poc.patrol.api;

import org.unmiss.poc.geo.domain.GeoJsonLineString;
import org.unmiss.poc.patrol.domain.Patrol;
import org.unmiss.poc.patrol.domain.PatrolType;
import org.unmiss.poc.patrol.domain.Shift;
import org.unmiss.poc.place.domain.PlaceRef;

import java.time.Instant;
import java.util.List;

public record PatrolResponse(String reference, String siteCode, String fieldOffice, PatrolType type, Shift shift,
                             Instant startedAt, Instant endedAt, String unit, int size, int women,
                             GeoJsonLineString route, String observations, String recordedBy,
                             List<PlaceRef> placesVisited) {

    static PatrolResponse from(Patrol patrol) {
        return new PatrolResponse(patrol.reference(), patrol.siteCode(), patrol.fieldOffice(), patrol.type(),
                patrol.shift(), patrol.startedAt(), patrol.endedAt(), patrol.unit(), patrol.size(), patrol.women(),
                patrol.route(), patrol.observations(), patrol.recordedBy(),
                patrol.placesVisited() == null ? List.of() : patrol.placesVisited());
    }
}
