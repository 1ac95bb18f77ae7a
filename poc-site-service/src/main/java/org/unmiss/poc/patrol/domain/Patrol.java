package org.unmiss.poc.patrol.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.kit.feed.PolledForChanges;
import org.unmiss.poc.geo.domain.GeoJsonLineString;
import org.unmiss.poc.place.domain.PlaceRef;

import java.time.Instant;
import java.util.List;

/**
 * A patrol in and around a site or anywhere in the country.
 *
 * @param siteCode      the site it patrolled around; null for a patrol away from any site
 * @param placesVisited the counties it went through, in order (returns areas are places too)
 * @param size  everyone on the patrol
 * @param women how many of them were women (never more than {@code size})
 * @param month YYYY-MM (UTC) of the start, for grouping by the store
 */
@Document("patrols")
@PolledForChanges
@CompoundIndex(name = "office_start", def = "{'fieldOffice': 1, 'startedAt': -1}")
public record Patrol(@Id String reference, String siteCode, String fieldOffice, PatrolType type, Shift shift,
                     Instant startedAt, Instant endedAt, String month, String unit, int size, int women,
                     GeoJsonLineString route, String observations, String recordedBy, Instant recordedAt,
                     List<PlaceRef> placesVisited, @Version Long version) {
}
