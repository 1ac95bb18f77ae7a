package org.unmiss.poc.patrol.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.poc.geo.domain.GeoJsonLineString;

import java.time.Instant;

/**
 * A patrol in and around a site.
 *
 * @param size  everyone on the patrol
 * @param women how many of them were women (never more than {@code size})
 * @param month YYYY-MM (UTC) of the start, for grouping by the store
 */
@Document("patrols")
@CompoundIndex(name = "office_start", def = "{'fieldOffice': 1, 'startedAt': -1}")
public record Patrol(@Id String reference, String siteCode, String fieldOffice, PatrolType type, Shift shift,
                     Instant startedAt, Instant endedAt, String month, String unit, int size, int women,
                     GeoJsonLineString route, String observations, String recordedBy, Instant recordedAt,
                     @Version Long version) {
}
