package org.unmiss.poc.incident;

import org.junit.jupiter.api.Test;
import org.unmiss.poc.geo.domain.GeoJsonPolygon;
import org.unmiss.poc.incident.domain.IncidentCategory;
import org.unmiss.poc.incident.domain.WeaponsFreeZoneCheck;
import org.unmiss.poc.site.domain.Designation;
import org.unmiss.poc.site.domain.LifecycleEvent;
import org.unmiss.poc.site.domain.LifecycleEventType;
import org.unmiss.poc.site.domain.PocSite;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WeaponsFreeZoneCheckTest {

    private static final GeoJsonPolygon ZONE = new GeoJsonPolygon("Polygon", List.of(List.of(
            List.of(31.50, 4.80), List.of(31.53, 4.80), List.of(31.53, 4.83), List.of(31.50, 4.83), List.of(31.50, 4.80))));
    private static final PocSite SITE = new PocSite("JUBA", "Juba", "JUBA", "Central Equatoria", "Juba", 4.81, 31.51, null,
            Designation.POC_SITE, null, null, ZONE, List.of(), 1000,
            List.of(new LifecycleEvent(LifecycleEventType.WEAPONS_FREE_ZONE_ESTABLISHED, LocalDate.of(2016, 11, 1), true, null, "t")), 0L);
    private static final Instant AFTER = Instant.parse("2017-03-01T10:00:00Z");

    @Test
    void aWeaponInsideTheZoneIsABreach() {
        assertThat(WeaponsFreeZoneCheck.of(SITE, 4.81, 31.51, AFTER, IncidentCategory.ASSAULT, true))
                .isEqualTo(new WeaponsFreeZoneCheck(true, true));
        assertThat(WeaponsFreeZoneCheck.of(SITE, 4.81, 31.51, AFTER, IncidentCategory.FIREARM_DISCHARGE, false).breach()).isTrue();
    }

    @Test
    void noWeaponOrOutsideTheZoneIsNoBreach() {
        assertThat(WeaponsFreeZoneCheck.of(SITE, 4.81, 31.51, AFTER, IncidentCategory.THEFT, false))
                .isEqualTo(new WeaponsFreeZoneCheck(true, false));
        assertThat(WeaponsFreeZoneCheck.of(SITE, 4.90, 31.51, AFTER, IncidentCategory.ARMED_ATTACK, true))
                .isEqualTo(new WeaponsFreeZoneCheck(false, false));
    }

    @Test
    void beforeTheZoneWasEstablishedThereIsNothingToBreach() {
        assertThat(WeaponsFreeZoneCheck.of(SITE, 4.81, 31.51, Instant.parse("2016-10-31T23:00:00Z"),
                IncidentCategory.ARMED_ATTACK, true)).isEqualTo(new WeaponsFreeZoneCheck(true, false));
    }
}
