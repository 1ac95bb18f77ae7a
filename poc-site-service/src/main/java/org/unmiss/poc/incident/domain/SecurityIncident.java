package org.unmiss.poc.incident.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.kit.feed.PolledForChanges;
import org.unmiss.poc.geo.domain.GeoJsonPoint;
import org.unmiss.poc.people.domain.PeopleCount;
import org.unmiss.poc.place.domain.PlaceRef;

import java.time.Instant;

/**
 * A security incident anywhere in the country, in or near a PoC site or far from any. Located by
 * a county from the place list ({@code place}) and by GeoJSON (exports, MongoDB users) and by
 * numeric latitude/longitude (the store's range prefilter); {@code month} (YYYY-MM, UTC) lets the
 * store group incidents by month without date operators.
 *
 * @param siteCode               the PoC site it happened in or near; null for an incident away from any site
 * @param description            free text that may name people: shown only to POC_WRITE holders
 * @param underGovernmentControl the site had been redesignated a camp under government responsibility by then:
 *                               UN security no longer runs it, so the incident is flagged for readers of figures
 *                               (ADR 0063)
 */
@Document("security_incidents")
@PolledForChanges
@CompoundIndexes({
        @CompoundIndex(name = "office_time", def = "{'fieldOffice': 1, 'occurredAt': -1}"),
        @CompoundIndex(name = "month_site", def = "{'month': 1, 'siteCode': 1}")})
public record SecurityIncident(@Id String reference, String siteCode, String fieldOffice, IncidentCategory category,
                               Severity severity, Instant occurredAt, String month, double latitude, double longitude,
                               GeoJsonPoint location, boolean weaponsInvolved, boolean insideWeaponsFreeZone,
                               boolean weaponsFreeZoneBreach, PeopleCount people, String description,
                               String recordedBy, Instant recordedAt, Referral referral, PlaceRef place,
                               IncidentDetails details, boolean underGovernmentControl, @Version Long version) {

    public SecurityIncident withReferral(Referral newReferral, long expectedVersion) {
        return new SecurityIncident(reference, siteCode, fieldOffice, category, severity, occurredAt, month, latitude,
                longitude, location, weaponsInvolved, insideWeaponsFreeZone, weaponsFreeZoneBreach, people, description,
                recordedBy, recordedAt, newReferral, place, details, underGovernmentControl, expectedVersion);
    }
}
