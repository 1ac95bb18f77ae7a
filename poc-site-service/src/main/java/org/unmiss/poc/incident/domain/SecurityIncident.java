package org.unmiss.poc.incident.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.poc.geo.domain.GeoJsonPoint;
import org.unmiss.poc.people.domain.PeopleCount;

import java.time.Instant;

/**
 * A security incident at or near a PoC site. Located by GeoJSON (exports, MongoDB users) and by
 * numeric latitude/longitude (the store's range prefilter); {@code month} (YYYY-MM, UTC) lets the
 * store group incidents by month without date operators.
 *
 * @param description free text that may name people: shown only to POC_WRITE holders
 */
@Document("security_incidents")
@CompoundIndexes({
        @CompoundIndex(name = "office_time", def = "{'fieldOffice': 1, 'occurredAt': -1}"),
        @CompoundIndex(name = "month_site", def = "{'month': 1, 'siteCode': 1}")})
public record SecurityIncident(@Id String reference, String siteCode, String fieldOffice, IncidentCategory category,
                               Severity severity, Instant occurredAt, String month, double latitude, double longitude,
                               GeoJsonPoint location, boolean weaponsInvolved, boolean insideWeaponsFreeZone,
                               boolean weaponsFreeZoneBreach, PeopleCount people, String description,
                               String recordedBy, Instant recordedAt, Referral referral, @Version Long version) {

    public SecurityIncident withReferral(Referral newReferral, long expectedVersion) {
        return new SecurityIncident(reference, siteCode, fieldOffice, category, severity, occurredAt, month, latitude,
                longitude, location, weaponsInvolved, insideWeaponsFreeZone, weaponsFreeZoneBreach, people, description,
                recordedBy, recordedAt, newReferral, expectedVersion);
    }
}
