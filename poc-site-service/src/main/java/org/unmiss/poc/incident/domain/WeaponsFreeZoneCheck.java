package org.unmiss.poc.incident.domain;

import org.unmiss.poc.geo.domain.Geometries;
import org.unmiss.poc.site.domain.PocSite;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Whether an incident's point lies in its site's weapons-free zone (JTS, boundary included), and
 * whether the incident breaches the zone: a weapon involved, inside the zone, while the zone was in
 * force (on or after its establishment date where that is on record).
 */
public record WeaponsFreeZoneCheck(boolean inside, boolean breach) {

    public static WeaponsFreeZoneCheck of(PocSite site, double latitude, double longitude, Instant occurredAt,
                                          IncidentCategory category, boolean weaponsInvolved) {
        if (site.weaponsFreeZone() == null) {
            return new WeaponsFreeZoneCheck(false, false);
        }
        boolean inside = Geometries.covers(site.weaponsFreeZone(), latitude, longitude);
        LocalDate since = site.weaponsFreeZoneSince();
        boolean inForce = since == null || !LocalDate.ofInstant(occurredAt, ZoneOffset.UTC).isBefore(since);
        boolean weapon = weaponsInvolved || IncidentCategory.WEAPON_CATEGORIES.contains(category);
        return new WeaponsFreeZoneCheck(inside, inside && inForce && weapon);
    }
}
